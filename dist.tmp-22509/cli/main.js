import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  EXIT_USAGE,
  UsageError,
  packageFile,
  useColor
} from "./chunk-Q5TSJAU2.js";
import "./chunk-EPTGAQBZ.js";
import "./chunk-3EZK3CXJ.js";

// src/cli/main.ts
import { readFileSync } from "node:fs";
var COMMANDS = {
  validate: { summary: "check the inputs against the schemas and rules", load: () => import("./validate-6PAT3GJG.js") },
  build: { summary: "write the rendered tree (manifests, config.yaml, kustomizations)", load: () => import("./build-B3TWDJW6.js") },
  render: { summary: "print the Kubernetes objects as one YAML stream (Argo CD plugin)", load: () => import("./render-4P6YQXOR.js") },
  secrets: { summary: "list what must exist in the secret store before the first sync", load: () => import("./secrets-545JQB7M.js") },
  list: { summary: "list the models of every instance", load: () => import("./list-FT2FVDD6.js") },
  import: { summary: "bring an existing config.yaml, models.yaml or litellm-helm values in as resources", load: () => import("./import-NPFMWRVE.js") },
  diff: { summary: "summarise, as Markdown, what a change does to the rendered output (--base REF)", load: () => import("./diff-UT3LRTAO.js") },
  graph: { summary: "draw each proxy's routing and access (mermaid, dot, svg, html)", load: () => import("./graph-HGF23JIC.js") },
  schema: { summary: "print or write the input JSON Schemas, for editors", load: () => import("./schema-JR4JY24G.js") },
  init: { summary: "write a starter project (a CompilerConfig, an instance, two models)", load: () => import("./init-QL5JH5OV.js") },
  sync: { summary: "apply an access.json (teams, users, keys) through LiteLLM's management API (the sync Job)", load: () => import("./sync-VXVFD3LW.js") }
};
function version() {
  const pkg = JSON.parse(readFileSync(packageFile("package.json"), "utf8"));
  return pkg.version;
}
function help() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: litellm-gitops <command> [options]

Compiles LiteLLM operator resources (LiteLLMInstance, Model) into Kubernetes manifests,
ExternalSecrets, litellm-helm values and LiteLLM's config.yaml.

Commands:
${lines.join("\n")}

Options:
  --help, -h     help for a command: litellm-gitops <command> --help
  --version      print the version
  --debug        show stack traces of internal errors
`;
}
function guardStandardStreams() {
  for (const [stream, name] of [[process.stdout, "standard output"], [process.stderr, "standard error"]]) {
    stream.on("error", (error) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      if (stream !== process.stderr) {
        try {
          process.stderr.write(`<stdout> error LG5022 cannot write to ${name}: ${error.code ?? error.message}
`);
        } catch {
        }
      }
      process.exit(1);
    });
  }
}
function processIo() {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    color: useColor(process.stderr, process.env)
  };
}
async function main(argv, io = processIo()) {
  const [name, ...rest] = argv;
  if (name === void 0) {
    io.stderr.write(help());
    return EXIT_USAGE;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(help());
    return 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(version() + "\n");
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`litellm-gitops: unknown command "${name}"

${help()}`);
    return EXIT_USAGE;
  }
  const debug = rest.includes("--debug");
  try {
    const module = await command.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout.write(module.usage + "\n");
      return 0;
    }
    return await module.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`litellm-gitops ${name}: ${error.message}
Run "litellm-gitops ${name} --help" for usage.
`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`litellm-gitops: internal error: ${message}
`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(error.stack + "\n");
    else io.stderr.write("Run again with --debug for details, and report it with the input that caused it.\n");
    return EXIT_USAGE;
  }
}
export {
  guardStandardStreams,
  main,
  processIo,
  version
};
