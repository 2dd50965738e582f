#!/usr/bin/env bash
# Wall time of `make generate` after a one-line pipeline edit (whole process: make, the JVM,
# javac in-process, generation, writing ci.yml). Each run is preceded by a new edit, so each run
# compiles and writes. Run from the repository root after one `make generate`.
# usage: bench/scripts/generate-after-edit.sh [RUNS]   (hyperfine if installed, else /usr/bin/time)
set -euo pipefail
runs=${1:-10}
trap 'python3 bench/scripts/toggle_edit.py --restore; make -s generate >/dev/null' EXIT
uptime
if command -v hyperfine >/dev/null; then
  json=$(mktemp)
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$json" \
    --prepare 'python3 bench/scripts/toggle_edit.py' --command-name 'make generate (after an edit)' 'make -s generate' \
    --prepare 'true' --command-name 'make generate (no edit)' 'make -s generate'
  python3 - "$json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%s: median %.0f ms over %d runs" % (r["command"], r["median"] * 1000, len(r["times"])))
PY
  rm -f "$json"
else
  for _ in $(seq "$runs"); do
    python3 bench/scripts/toggle_edit.py
    /usr/bin/time -f "%e s" make -s generate >/dev/null
  done
fi
uptime
