#!/usr/bin/env bash
# The Maven plugin in the example repository: `mvn -q gha4j:generate` after a one-line edit of its
# workflow class (each run edits, so each run compiles and writes), against `mvn -q validate`
# (Maven's own start-up in the same project). Needs the one-time install at the root first
# (`mvn -q install -DskipTests`); run from the repository root.
# usage: bench/scripts/plugin-after-edit.sh [RUNS]   (needs hyperfine)
set -euo pipefail
runs=${1:-10}
example=examples/new-repository
source=src/main/java/com/example/workflows/Ci.java
toggle="sed -i -e 's/timeoutMinutes(15)/timeoutMinutes(16)/;t' -e 's/timeoutMinutes(16)/timeoutMinutes(15)/' $source"
cd "$example"
trap 'git checkout -q -- src .github' EXIT
uptime
json=$(mktemp)
hyperfine -N --warmup 2 --runs "$runs" --export-json "$json" \
  --prepare 'true' --command-name 'mvn -q validate' 'mvn -q validate' \
  --prepare "sh -c \"$toggle\"" --command-name 'mvn -q gha4j:generate (after an edit)' 'mvn -q gha4j:generate' \
  --prepare 'true' --command-name 'mvn -q gha4j:generate (no edit)' 'mvn -q gha4j:generate'
python3 - "$json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
for r in results:
    print("%s: median %.0f ms over %d runs" % (r["command"], r["median"] * 1000, len(r["times"])))
print("after an edit / validate: %.2f" % (results[1]["median"] / results[0]["median"]))
PY
rm -f "$json"
uptime
