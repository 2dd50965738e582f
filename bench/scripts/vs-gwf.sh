#!/usr/bin/env bash
# `make generate` after a one-line edit against github-actions-workflow-ts's `gwf build` after a
# one-line edit, in the same run, alternating, so both see the same machine load. The peer is
# installed once into bench/target/gwf (npm, github-actions-workflow-ts@0.3.1, the newest the
# registry serves here, with TypeScript 5: its ts-node 10 fails on TypeScript 7) with
# bench/gwf/ci.wac.ts, a workflow of the size of FinanceHub's ci.yml.
# usage: bench/scripts/vs-gwf.sh [RUNS]   (from the repository root, after one `make generate`)
set -euo pipefail
runs=${1:-10}
root=$(pwd)
peer=$root/bench/target/gwf
if [ ! -x "$peer/node_modules/.bin/gwf" ]; then
  mkdir -p "$peer"
  (cd "$peer" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error github-actions-workflow-ts@0.3.1 typescript@5)
fi
cp "$root/bench/gwf/ci.wac.ts" "$peer/ci.wac.ts"
(cd "$peer" && node_modules/.bin/gwf build >/dev/null)
trap 'python3 bench/scripts/toggle_edit.py --restore; make -s generate >/dev/null' EXIT
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
ours=() theirs=()
uptime
for _ in $(seq "$runs"); do
  python3 bench/scripts/toggle_edit.py
  ours+=("$(ms make -s generate)")
  sed -i "0,/'timeout-minutes': 1[01]/{s/'timeout-minutes': 10/'timeout-minutes': 1X/;s/'timeout-minutes': 11/'timeout-minutes': 10/;s/1X/11/}" "$peer/ci.wac.ts"
  theirs+=("$(cd "$peer" && ms node_modules/.bin/gwf build)")
done
uptime
python3 - "${ours[*]}" "${theirs[*]}" <<'PY'
import statistics, sys
ours = [int(x) for x in sys.argv[1].split()]
theirs = [int(x) for x in sys.argv[2].split()]
m, t = statistics.median(ours), statistics.median(theirs)
print("make generate after an edit: median %d ms  %s" % (m, ours))
print("gwf build after an edit:     median %d ms  %s" % (t, theirs))
print("ratio: %.2f (budget <= 0.85)" % (m / t))
PY
