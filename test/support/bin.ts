// The real CLI as a child process, for what an in-process run cannot show: signals, a stdout
// that fails, exit codes set by the process. The bundle is built from the current sources
// (never a stale dist/) into node_modules/.cache, keyed by the sources' hash, with a copy of
// bin/litellm-gitops.js beside it, so the child runs exactly what `npm run build` would ship.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let built: Promise<string> | undefined;

/** Path of a bin script that runs the current sources' bundle. */
export function freshBin(): Promise<string> {
  built ??= (async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { bundle, sourceHash } = (await import("../../scripts/bundle.mjs")) as {
      bundle(outdir: string): Promise<unknown>;
      sourceHash(): string;
    };
    const folder = join(ROOT, "node_modules/.cache/litellm-gitops-test", sourceHash());
    const bin = join(folder, "bin/litellm-gitops.js");
    if (!existsSync(join(folder, "dist/cli/main.js"))) await bundle(join(folder, "dist"));
    mkdirSync(join(folder, "bin"), { recursive: true });
    copyFileSync(join(ROOT, "bin/litellm-gitops.js"), bin);
    return bin;
  })();
  return built;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runBin(bin: string, args: string[], options: { cwd: string; stdout?: number | "pipe" }): { child: ChildProcess; exited: Promise<Exit> } {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", options.stdout ?? "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<Exit>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, exited };
}
