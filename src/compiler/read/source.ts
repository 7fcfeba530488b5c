import type { Stats } from "node:fs";

/**
 * Sees what the load stages look at, for the build state's fingerprints (src/cli/build-state.ts);
 * never changes a result. `folder`: each folder whose entries were listed. `file`: each file
 * read, with its stat taken before the read, and its bytes (none when too large to read). A
 * folder or file that cannot be read is reported instead.
 */
export interface InputObserver {
  folder(absolute: string): void;
  file(absolute: string, stats: Stats, bytes: Buffer | undefined): void;
}

/** A file's text as read, under the path shown to the user in diagnostics. */
export interface SourceFile {
  path: string;
  text: string;
}
