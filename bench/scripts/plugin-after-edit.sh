#!/usr/bin/env bash
# The Maven plugin in the example repository: `mvn -q gha4j:generate` after a one-line edit of its
# workflow class (each run edits, so each run compiles and writes), against `mvn -q validate`
# (Maven's own start-up in the same project). The two alternate, run after run, so a change in
# the machine's load hits both alike; medians are printed. Needs the one-time install at the root
# first (`mvn -q install -DskipTests`); run from the repository root.
# usage: bench/scripts/plugin-after-edit.sh [RUNS]
set -euo pipefail
runs=${1:-10}
cd examples/new-repository
source=src/main/java/com/example/workflows/Ci.java
trap 'git checkout -q -- src .github' EXIT
ms() { local start; start=$(date +%s%N); "$@" >/dev/null; echo $(( ($(date +%s%N) - start) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
edit() { sed -i -e 's/timeoutMinutes(15)/timeoutMinutes(16)/;t' -e 's/timeoutMinutes(16)/timeoutMinutes(15)/' "$source"; }
uptime
mvn -q gha4j:generate >/dev/null; mvn -q validate >/dev/null # warm-up: caches, page cache
validate=() generate=() unchanged=()
for _ in $(seq "$runs"); do
  validate+=("$(ms mvn -q validate)")
  edit
  generate+=("$(ms mvn -q gha4j:generate)")
  unchanged+=("$(ms mvn -q gha4j:generate)")
done
v=$(printf '%s\n' "${validate[@]}" | median)
g=$(printf '%s\n' "${generate[@]}" | median)
u=$(printf '%s\n' "${unchanged[@]}" | median)
echo "mvn -q validate:                          median $v ms (${validate[*]})"
echo "mvn -q gha4j:generate after an edit:      median $g ms (${generate[*]})"
echo "mvn -q gha4j:generate, nothing changed:   median $u ms (${unchanged[*]})"
awk -v g="$g" -v v="$v" 'BEGIN {printf "after an edit / validate: %.2f\n", g / v}'
uptime
