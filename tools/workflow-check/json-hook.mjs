// Node 20 refuses `import x from "./x.json"` without `with { type: "json" }`, which
// @actions/workflow-parser does for its schema. Serve .json URLs as JSON modules.
import { readFile } from "node:fs/promises";
export async function load(url, context, nextLoad) {
  if (!url.endsWith(".json")) return nextLoad(url, context);
  return { format: "json", source: await readFile(new URL(url), "utf8"), shortCircuit: true };
}
