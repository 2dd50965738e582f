  # The caller's shell options and IFS must not change how the call is recorded or answered
  # (this body also runs inside the step's own bash); `local -` restores the options.
  { local -; set +x; } 2>/dev/null
  local IFS=' ' __name=$1 __line __a __n=0 __count=0 __state
  shift
  set +euo pipefail
  # Record the call: the command name and each argument, tab-separated, with backslash, tab,
  # newline and carriage return escaped, as one line of the calls log.
  __line=$__name
  for __a in "$@"; do
    __a=${__a//\\/\\\\}; __a=${__a//$'\t'/\\t}; __a=${__a//$'\n'/\\n}; __a=${__a//$'\r'/\\r}
    __line+=$'\t'"$__a"
  done
  printf '%s\n' "$__line" >> $__FAKE_CALLS
