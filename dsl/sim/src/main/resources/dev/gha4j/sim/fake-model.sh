  # The answer of the simulation's Java model of this command (a FakeModel): the call goes to the
  # simulator over a loopback socket ($GHA4J_MODEL is "port token"), which answers with the exit
  # code, the time the call takes, and the output (or a bash snippet to run), NUL-separated. With
  # $2 = 1 the call's standard input goes along (up to its end, or a NUL).
  __gha4j_model() {
    local __state=$1 __fd __code __ms __kind __out __err __in=
    [ "$2" = 1 ] && IFS= read -r -d '' __in
    shift 2
    if ! exec {__fd}<>"/dev/tcp/127.0.0.1/${GHA4J_MODEL%% *}"; then
      echo "gha4j: the simulator's model of '$__name' cannot be reached" >&2
      return 125
    fi
    printf '%s\0' "${GHA4J_MODEL#* }" "$__name" "$__seq" "$__read" "$__in" "$#" "$@" >&"$__fd"
    IFS= read -r -d '' __code <&"$__fd"
    IFS= read -r -d '' __ms <&"$__fd"
    IFS= read -r -d '' __kind <&"$__fd"
    IFS= read -r -d '' __out <&"$__fd"
    IFS= read -r -d '' __err <&"$__fd"
    exec {__fd}>&-
    [ "${__ms:-0}" = 0 ] || __gha4j_takes "$__ms" || return $?
    if [ "$__kind" = script ]; then ( FAKE_STATE=$__state; eval "$__out" ); return $?; fi
    printf '%s' "$__out"
    printf '%s' "$__err" >&2
    return "${__code:-125}"
  }
