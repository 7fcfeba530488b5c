import type { Io } from "../io.js";
import { runSync, SYNC_USAGE } from "../../sync/run.js";
export { OPTIONS } from "../../sync/run.js";

export const usage = SYNC_USAGE;

/** The runtime command; the bundled script in the sync Job runs the same function (src/sync/script.ts). */
export function run(argv: string[], io: Io): Promise<number> {
  return runSync(argv, io);
}
