import type { Io } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI run in-process, as a user would run it in `cwd`, with its streams captured. */
export async function cli(cwd: string, argv: string[], env: NodeJS.ProcessEnv = {}, color = false): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: Io = { cwd, env, color, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
