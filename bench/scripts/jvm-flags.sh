#!/usr/bin/env bash
# Which JVM settings start the fast generator fastest: the generator run directly (no make),
# after a one-line pipeline edit, under several flag sets. Needs hyperfine. Run from the
# repository root after one `make generate` (which writes the class path and the CDS archive).
# usage: bench/scripts/jvm-flags.sh [RUNS]
set -euo pipefail
runs=${1:-10}
state=pipelines/target/gha4j
cp=$(cat $state/classpath.txt)
main="dev.gha4j.generator.FastGenerate --workflows com.financehub.pipelines.FinanceHubWorkflows#all \
--checks com.financehub.pipelines.Generate#checks --out generated/.github/workflows"
cds="-XX:SharedArchiveFile=$state/generate.jsa -Xlog:cds*=off"
trap 'python3 bench/scripts/toggle_edit.py --restore; make -s generate >/dev/null' EXIT
uptime
json=$(mktemp)
hyperfine -N --warmup 1 --runs "$runs" --export-json "$json" --prepare 'python3 bench/scripts/toggle_edit.py' \
  --command-name 'defaults' "java -cp $cp $main" \
  --command-name 'C1 only' "java -XX:TieredStopAtLevel=1 -cp $cp $main" \
  --command-name 'SerialGC' "java -XX:+UseSerialGC -cp $cp $main" \
  --command-name 'C1 + SerialGC' "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp $cp $main" \
  --command-name 'CDS archive' "java $cds -cp $cp $main" \
  --command-name 'C1 + SerialGC + CDS (used)' "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $cds -cp $cp $main" \
  >/dev/null
python3 - "$json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%-28s median %5.0f ms  (min %4.0f, max %4.0f, %d runs)" % (
        r["command"], r["median"] * 1000, r["min"] * 1000, r["max"] * 1000, len(r["times"])))
PY
rm -f "$json"
uptime
