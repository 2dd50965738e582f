  # The caller's shell options and IFS must not change how the call is recorded or answered
  # (this body also runs inside the step's own bash); `local -` restores the options.
  { local -; set +x; } 2>/dev/null
  local IFS=' ' __name=$1 __line __a __n=0 __count=0 __state __seq=0 __read=0
  shift
  set +euo pipefail
  # Which call of this command in the step this is ($GHA4J_STEP_DIR is the step's own directory),
  # and whether the script reads the output (stdout is not the step's log: $(…), a pipe, a file).
  if [ -n "${GHA4J_STEP_DIR:-}" ]; then
    [ -f "$GHA4J_STEP_DIR/$__name" ] && read -r __seq < "$GHA4J_STEP_DIR/$__name"
    __seq=$(( __seq + 1 ))
    echo "$__seq" >| "$GHA4J_STEP_DIR/$__name"
  fi
  if [ -n "${GHA4J_STDOUT:-}" ] && ! [ /dev/stdout -ef "$GHA4J_STDOUT" ]; then __read=1; fi
  # Record the call: the command name, the call's number and whether its output is read, then each
  # argument, tab-separated, with backslash, tab, newline and carriage return escaped, as one line
  # of the calls log.
  __line=$__name$'\t'$__seq$'\t'$__read
  for __a in "$@"; do
    __a=${__a//\\/\\\\}; __a=${__a//$'\t'/\\t}; __a=${__a//$'\n'/\\n}; __a=${__a//$'\r'/\\r}
    __line+=$'\t'"$__a"
  done
  printf '%s\n' "$__line" >> $__FAKE_CALLS
  # The simulated clock: $GHA4J_CLOCK holds the job's elapsed milliseconds, $GHA4J_DEADLINE when its
  # timeout (or the step's) ends. A call that reaches the deadline stops the step as GitHub does:
  # the clock stops at the deadline, a marker tells the simulator, and the step's bash is killed.
  __gha4j_takes() {
    local __now=0
    [ -n "${GHA4J_CLOCK:-}" ] || return 0
    [ -f "$GHA4J_CLOCK" ] && read -r __now < "$GHA4J_CLOCK"
    __now=$(( __now + $1 ))
    if [ -n "${GHA4J_DEADLINE:-}" ] && [ "$__now" -ge "$GHA4J_DEADLINE" ]; then
      echo "$GHA4J_DEADLINE" > "$GHA4J_CLOCK"
      : > "$GHA4J_CLOCK.expired"
      kill -TERM $$ 2> /dev/null
      return 143
    fi
    echo "$__now" > "$GHA4J_CLOCK"
  }
  # A call after the deadline (from a process the kill did not reach) ends at once.
  if [ -n "${GHA4J_CLOCK:-}" ] && [ -f "$GHA4J_CLOCK.expired" ]; then kill -TERM $$ 2> /dev/null; return 143; fi
  # sleep takes its arguments' time: N, N.M, with an s, m, h or d suffix, or infinity; summed.
  if [ "$__name" = sleep ]; then
    local __ms=0 __arg __frac __unit __part __re='^([0-9]*)(\.([0-9]*))?([smhd]?)$'
    for __arg in "$@"; do
      if [[ $__arg == inf* ]]; then __ms=$(( 1 << 50 )); continue; fi
      [[ $__arg =~ $__re ]] || continue
      __frac="${BASH_REMATCH[3]}000"
      __unit=${BASH_REMATCH[4]}
      __part=$(( 10#${BASH_REMATCH[1]:-0} * 1000 + 10#${__frac:0:3} ))
      case $__unit in m) __part=$(( __part * 60 )) ;; h) __part=$(( __part * 3600 )) ;; d) __part=$(( __part * 86400 )) ;; esac
      __ms=$(( __ms + __part ))
    done
    __gha4j_takes "$__ms" || return $?
  fi
