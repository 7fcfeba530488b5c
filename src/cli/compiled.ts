import { compileInputs, type Outcome } from "../compiler/compile.js";
import type { IR } from "../compiler/ir.js";
import { COMMON_OPTIONS, DEFAULT_OUT, formatOption, parse } from "./args.js";
import { CACHE_OPTIONS, cacheOption } from "./cache.js";
import type { Format } from "./format/index.js";
import type { Io, Writable } from "./io.js";
import { report } from "./print.js";

/** The options of a command that compiles the project and prints something of its IR. */
export const COMPILED_OPTIONS = { ...COMMON_OPTIONS, ...CACHE_OPTIONS } as const;

export interface Compiled {
  /** --format as given. */
  format: Format;
  outcome: Outcome<IR>;
  /** The exit code the diagnostics call for (1 when the inputs have errors). */
  code: number;
}

/**
 * The common start of `validate`, `list` and `secrets`: parse the flags, compile PATH... (the
 * default output folder left out), and print the diagnostics where and how `diagnostics` says
 * for the --format given and the outcome.
 */
export function compiledCommand(
  argv: string[],
  io: Io,
  diagnostics: (format: Format, outcome: Outcome<IR>) => { stream: Writable; format: Format },
): Compiled {
  const { values, positionals } = parse(argv, COMPILED_OPTIONS);
  const format = formatOption(values.format);
  const outcome = compileInputs(positionals, { cwd: io.cwd, exclude: [DEFAULT_OUT], strict: values.strict, cacheDir: cacheOption(values, io) });
  const shown = diagnostics(format, outcome);
  const code = report(outcome, io, shown.format, shown.stream);
  return { format, outcome, code };
}
