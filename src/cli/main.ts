import { closest } from "../compiler/suggest.js";
import { diagnose } from "../compiler/diagnostics.js";
import { own } from "../records.js";
import { HELP_USAGE, type OptionSpec } from "./args.js";
import { EXIT_USAGE, UsageError, type Io } from "./io.js";
import { useColor } from "./format/color.js";

interface Command {
  summary: string;
  /** Loaded on use, so that start-up pays only for the command that runs. */
  load(): Promise<{ usage: string; OPTIONS: OptionSpec; run(argv: string[], io: Io): Promise<number> }>;
}

export const COMMANDS: Record<string, Command> = {
  validate: { summary: "check the inputs against the schemas and rules", load: () => import("./commands/validate.js") },
  build: { summary: "write the rendered tree (manifests, config.yaml, kustomizations)", load: () => import("./commands/build.js") },
  render: { summary: "print the Kubernetes objects as one YAML stream (Argo CD plugin)", load: () => import("./commands/render.js") },
  secrets: { summary: "list what must exist in the secret store before the first sync", load: () => import("./commands/secrets.js") },
  list: { summary: "list the models of every instance", load: () => import("./commands/list.js") },
  import: { summary: "bring an existing config.yaml, models.yaml, litellm-helm values or Terraform in as resources", load: () => import("./commands/import.js") },
  diff: { summary: "summarise, as Markdown, what a change does to the rendered output (--base REF)", load: () => import("./commands/diff.js") },
  graph: { summary: "draw each proxy's routing and access (mermaid, dot, svg, html)", load: () => import("./commands/graph.js") },
  schema: { summary: "print or write the input JSON Schemas, for editors", load: () => import("./commands/schema.js") },
  init: { summary: "write a starter project (a CompilerConfig, an instance, two models)", load: () => import("./commands/init.js") },
  sync: { summary: "apply an access.json (teams, users, keys) through LiteLLM's management API (the sync Job)", load: () => import("./commands/sync.js") },
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: litellm-gitops <command> [options]

Compiles LiteLLM operator resources (LiteLLMInstance, Model) into Kubernetes manifests,
ExternalSecrets, litellm-helm values and LiteLLM's config.yaml.

Commands:
${lines.join("\n")}

Options:
  --help, -h     help for a command: litellm-gitops <command> --help
  --version      print the version and the LiteLLM, chart and schema versions it targets
  --debug        show stack traces of internal errors
`;
}

/**
 * What happens when the process's stdout or stderr fails. A reader that stops early
 * (`litellm-gitops render | head`) is not an error of ours: EPIPE ends the run quietly with
 * its exit code. Any other failure (`render > /dev/full`: ENOSPC; a closed descriptor: EBADF)
 * is reported as LG5022 on stderr, if stderr still works, and the run exits 1: the output
 * did not reach its reader, and no stack trace says so.
 */
export function guardStandardStreams(): void {
  for (const [stream, name] of [[process.stdout, "standard output"], [process.stderr, "standard error"]] as const) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      if (stream !== process.stderr) {
        try {
          const d = diagnose("LG5022", { file: "<stdout>", line: 0, column: 0, pointer: "" }, "cannotWrite", { stream: name, reason: error.code ?? error.message });
          // Written by hand, not through the text writer: the run is failing and this must not.
          process.stderr.write(`${d.file} ${d.severity} ${d.code} ${d.message}\n`);
        } catch {
          // stderr is gone too: the exit code is all that is left
        }
      }
      process.exit(1);
    });
  }
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    color: useColor(process.stderr, process.env),
  };
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(help());
    return EXIT_USAGE;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(help());
    return 0;
  }
  if (name === "--version" || name === "-v") {
    const { versionText } = await import("./versions.js");
    io.stdout.write(versionText());
    return 0;
  }
  // Own keys only: `litellm-gitops constructor` is an unknown command, not Object's constructor.
  const command = own(COMMANDS, name);
  if (!command) {
    const suggestion = closest(name.replace(/^-+/, ""), Object.keys(COMMANDS));
    const hint = suggestion === undefined ? "" : `Did you mean "litellm-gitops ${suggestion}"?\n`;
    io.stderr.write(`litellm-gitops: unknown command "${name}"\n${hint}\n${help()}`);
    return EXIT_USAGE;
  }
  const debug = rest.includes("--debug");
  try {
    const module = await command.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      // sync's usage is also the bundled Job script's own help, so it names --debug and --help itself.
      io.stdout.write((module.usage.includes("--debug") ? module.usage : module.usage + "\n" + HELP_USAGE) + "\n");
      return 0;
    }
    return await module.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`litellm-gitops ${name}: ${error.message}\nRun "litellm-gitops ${name} --help" for usage.\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`litellm-gitops: internal error: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(error.stack + "\n");
    else io.stderr.write("Run again with --debug for details, and report it with the input that caused it.\n");
    return EXIT_USAGE;
  }
}
