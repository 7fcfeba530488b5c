import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  FORMATS,
  UsageError
} from "./chunk-Q5TSJAU2.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var DEFAULT_OUT = "rendered";
var COMMON_OPTIONS = {
  format: { type: "string", default: "text" },
  strict: { type: "boolean", default: false },
  debug: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false }
};
function parse(argv, options) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
function formatOption(value) {
  if (typeof value === "string" && FORMATS.includes(value)) return value;
  throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
}

export {
  DEFAULT_OUT,
  COMMON_OPTIONS,
  parse,
  formatOption
};
