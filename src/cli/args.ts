import { parseArgs, type ParseArgsConfig } from "node:util";
import { FORMATS, type Format } from "./format/names.js";
import { UsageError } from "./io.js";

/** The default output folder of `build`; every command leaves it out of its inputs. */
export const DEFAULT_OUT = "rendered";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/** Options every compiling command takes. */
export const COMMON_OPTIONS = {
  format: { type: "string", default: "text" },
  strict: { type: "boolean", default: false },
  debug: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const satisfies OptionSpec;

/** The end of every command's --help: the flags every command takes. */
export const HELP_USAGE = `  --debug          show the stack trace of an internal error
  -h, --help       this help`;

/** node:util parseArgs with our usage errors: unknown options and bad values exit 2 with a message. */
export function parse<O extends OptionSpec>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function formatOption(value: unknown): Format {
  if (typeof value === "string" && (FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
}
