// jq (jqlang's C source compiled to WebAssembly by npm jq-wasm) as a long-lived process, so the
// simulator's tests run deploy.yml's real jq programs on a machine that has Node but no jq.
// One request per line on stdin: {"args": [...jq arguments, filter included...], "input": "..."};
// one answer per line on stdout: {"out": "...", "err": "...", "exit": N}, as the jq CLI would give.
import { createInterface } from "node:readline";
import jq from "jq-wasm";

// jq's options that take values, so the filter is told apart from them.
const VALUE_OPTIONS = { "--arg": 2, "--argjson": 2, "--indent": 1 };

function split(args) {
  const flags = [];
  let filter = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a in VALUE_OPTIONS) {
      flags.push(...args.slice(i, i + 1 + VALUE_OPTIONS[a]));
      i += VALUE_OPTIONS[a];
    } else if (a.startsWith("-") && a !== "-") {
      flags.push(a);
    } else if (filter === null) {
      filter = a;
    } else {
      throw new Error(`jq-server: file arguments are not supported (${a}); pass the input on stdin`);
    }
  }
  return { flags, filter: filter ?? "." };
}

// -e: exit 1 when the last output is false or null, 4 when there is none (jq's manual).
function exitStatus(flags, out) {
  if (!flags.includes("-e") && !flags.includes("--exit-status")) return 0;
  const lines = out.trimEnd().split("\n").filter((l) => l.length > 0);
  if (lines.length === 0) return 4;
  const last = lines[lines.length - 1].trim();
  return last === "false" || last === "null" ? 1 : 0;
}

async function answer(request) {
  const { flags, filter } = split(request.args);
  try {
    const out = await jq.raw(request.input, filter, flags);
    const text = out.length > 0 ? out + "\n" : "";
    return { out: text, err: "", exit: exitStatus(flags, out) };
  } catch (e) {
    const message = String(e.message).replace(/^Failed to execute raw query: /, "");
    return { out: "", err: message + "\n", exit: message.includes("compile error") ? 3 : 5 };
  }
}

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line.trim() === "") continue;
  let reply;
  try {
    reply = await answer(JSON.parse(line));
  } catch (e) {
    reply = { out: "", err: `jq-server: ${e.message}\n`, exit: 2 };
  }
  process.stdout.write(JSON.stringify(reply) + "\n");
}
