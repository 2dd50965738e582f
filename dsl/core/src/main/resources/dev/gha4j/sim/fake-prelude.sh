# Records this call: the command name and each argument, tab-separated, with backslash, tab,
# newline and carriage return escaped, as one line of the calls log. Builtins only.
__line=$__fake_name
for __a in "$@"; do
  __a=${__a//\\/\\\\}; __a=${__a//$'\t'/\\t}; __a=${__a//$'\n'/\\n}; __a=${__a//$'\r'/\\r}
  __line+=$'\t'"$__a"
done
printf '%s\n' "$__line" >> "$__fake_calls"
# __next COUNTER LAST: sets __n to how often COUNTER was used before, at most LAST.
__next() {
  local n=0 f="$__fake_state/$1"
  [ -f "$f" ] && read -r n < "$f"
  echo $((n + 1)) > "$f"
  __n=$(( n < $2 ? n : $2 ))
}
