#!/usr/bin/env python3
"""Save-to-YAML latency of `make watch`: starts it, then edits a pipeline source RUNS times, a
second apart, and for each edit takes ci.yml's new modification time minus the moment just before
the edit was written. Prints every latency and the median. Run from the repository root.

usage: python3 bench/scripts/watch_latency.py [RUNS]"""
import os
import signal
import statistics
import subprocess
import sys
import time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 15
YAML = "generated/.github/workflows/ci.yml"
TOGGLE = [sys.executable, "bench/scripts/toggle_edit.py"]

watch = subprocess.Popen(["make", "-s", "watch"], stdout=subprocess.PIPE, text=True, start_new_session=True)
latencies = []
reported = []
try:
    for line in watch.stdout:  # after the first round and the warm-up
        if line.startswith("watching "):
            break
    for _ in range(RUNS):
        time.sleep(1.0)
        before = os.stat(YAML).st_mtime_ns
        start = time.time_ns()
        subprocess.run(TOGGLE, check=True)
        deadline = time.time() + 30
        while os.stat(YAML).st_mtime_ns == before:
            if time.time() > deadline:
                sys.exit("ci.yml was not rewritten within 30 s")
            time.sleep(0.002)
        latencies.append((os.stat(YAML).st_mtime_ns - start) / 1e6)
        reported.append(watch.stdout.readline().strip())
finally:
    subprocess.run(TOGGLE + ["--restore"], check=True)
    time.sleep(0.5)
    os.killpg(watch.pid, signal.SIGTERM)  # SIGINT is ignored when started from a background job
    watch.wait(timeout=10)
print("make watch said:", "; ".join(reported))
print("latencies ms:", " ".join(f"{x:.0f}" for x in latencies))
print(f"median {statistics.median(latencies):.0f} ms, min {min(latencies):.0f}, max {max(latencies):.0f}"
      f" ({len(latencies)} saves)")
