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
  hyperfine -N --warmup 2 --runs "$runs" --prepare 'python3 bench/scripts/toggle_edit.py' 'make -s generate'
  hyperfine -N --warmup 2 --runs "$runs" 'make -s generate' --command-name 'make generate (no edit)'
else
  for _ in $(seq "$runs"); do
    python3 bench/scripts/toggle_edit.py
    /usr/bin/time -f "%e s" make -s generate >/dev/null
  done
fi
uptime
