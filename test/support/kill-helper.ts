// Runs the write stage in a child process that the test can SIGKILL. No TypeScript loader is
// installed (no tsx) and Node 20 cannot strip types, so the write stage (which imports only
// Node built-ins) is compiled once with tsc into a temp folder, and a small .mjs child
// imports the compiled JavaScript.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The child: `node child.mjs MODE DIR FILES_JSON [STEP INDEX]`. MODE is `write` or
 * `recover`. With STEP, it SIGKILLs itself when the write stage reaches that step (the hook
 * runs synchronously inside the stage, so the kill lands exactly there). It prints `go` just
 * before the stage starts, so that a parent killing after a delay measures from there.
 */
const CHILD = `
import { readFileSync } from "node:fs";
import { writeOutput, recover } from "./write/write.js";
const [mode, dir, filesJson, step, index] = process.argv.slice(2);
const files = new Map(JSON.parse(readFileSync(filesJson, "utf8")));
const onStep = (s, n) => {
  if (s === step && String(n) === index) process.kill(process.pid, "SIGKILL");
};
process.stdout.write("go\\n");
if (mode === "write") await writeOutput(dir, files, { onStep });
else await recover(dir, { onStep });
`;

/** Compiles src/write/write.ts and its imports into `out`, with the child next to them. */
export function buildChild(out: string): string {
  mkdirSync(out, { recursive: true });
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(
    process.execPath,
    [
      tsc,
      "--outDir", out,
      "--rootDir", join(ROOT, "src"),
      "--module", "NodeNext",
      "--moduleResolution", "NodeNext",
      "--target", "ES2022",
      "--strict",
      "--skipLibCheck",
      "--types", "node",
      join(ROOT, "src/write/write.ts"),
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
  // Without it, Node would load the compiled ESM as CommonJS (the temp folder has no package.json).
  writeFileSync(join(out, "package.json"), '{ "type": "module" }\n');
  const child = join(out, "child.mjs");
  writeFileSync(child, CHILD);
  return child;
}

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

export interface ChildRun {
  /** Resolves when the child printed `go`. */
  started: Promise<void>;
  exited: Promise<ChildExit>;
  kill(): void;
}

/** Children still running, so that a test that timed out does not leave one writing. */
const running = new Set<ChildRun>();

export async function killAllChildren(): Promise<void> {
  const runs = [...running];
  for (const run of runs) run.kill();
  await Promise.all(runs.map((r) => r.exited));
}

export function runChild(child: string, args: string[]): ChildRun {
  const proc = spawn(process.execPath, [child, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  proc.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const started = new Promise<void>((resolve) => {
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("go\n")) resolve();
    });
    proc.on("exit", () => resolve());
  });
  // "close" comes after Node reaped the child (so its pid is gone, not a zombie, when the test
  // recovers) and after its output was read to the end.
  const exited = new Promise<ChildExit>((resolve) =>
    proc.on("close", (code, signal) => {
      running.delete(run);
      resolve({ code, signal, stderr });
    }),
  );
  const run: ChildRun = { started, exited, kill: () => void proc.kill("SIGKILL") };
  running.add(run);
  return run;
}
