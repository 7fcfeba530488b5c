import path from "node:path";
import { hasErrors, promoteWarnings } from "../../compiler/diagnostics.js";
import { MAX_INSTANCE_NAME } from "../../compiler/rules/names.js";
import { importPaths } from "../../importer/dispatch.js";
import { DNS_LABEL } from "../../importer/names.js";
import { COMMON_OPTIONS, formatOption, parse } from "../args.js";
import { EXIT_OK, UsageError, type Io } from "../io.js";
import { diagnosticStream, report } from "../print.js";
import { writeNewFiles } from "../write-files.js";

export const usage = `Usage: litellm-gitops import FILE... [--namespace NS] [--instance NAME] [--secret-store NAME] [--out DIR] [--force]
                             [--strict] [--format text|json|github]

Brings an existing LiteLLM setup into litellm-gitops. FILE is a LiteLLM config.yaml (its
include: files are read too), a models.yaml holding a bare list of model_list entries, or
the values.yaml of the litellm-helm chart; several are merged as if the first included the
others. FILE may instead be Terraform (.tf, or \`terraform show -json\` output) of the LiteLLM
provider, or the manifests of home-operations/litellm-operator (LiteLLMProxy, LiteLLMModel…). Writes DIR/compiler-config.yaml, DIR/instance.yaml (a LiteLLMInstance) and one
DIR/models/<name>.yaml per model_list entry, ready for \`litellm-gitops build DIR\`.

Every os.environ/NAME is read from Secret <first word of NAME> key NAME; a literal
credential is never written: it becomes such a reference, with a warning naming its file
and line. Whatever has no place in the resources is reported key by key. See docs/import.md.

  --namespace NS    namespace of the resources (default: litellm)
  --instance NAME   name of the LiteLLMInstance (default: litellm)
  --secret-store NAME
                    the ClusterSecretStore the ExternalSecrets read from, written into
                    compiler-config.yaml (without it: the compiler's default, litellm, with a warning)
  --out DIR         where to write (default: the current folder)
  --force           overwrite files that already exist (otherwise: exit 1 naming them, nothing written);
                    a symbolic link is never written through, even with --force`;

/** The flags this command accepts (its --help names each one; test/cli-help.test.ts checks). */
export const OPTIONS = {
  ...COMMON_OPTIONS,
  namespace: { type: "string", default: "litellm" },
  instance: { type: "string", default: "litellm" },
  "secret-store": { type: "string" },
  out: { type: "string", default: "." },
  force: { type: "boolean", default: false },
} as const;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = formatOption(values.format);
  if (positionals.length === 0) throw new UsageError("give at least one file to import");
  if (!DNS_LABEL.test(values.namespace) || values.namespace.length > 63) throw new UsageError(`--namespace ${values.namespace} is not a DNS-1123 label`);
  if (!DNS_LABEL.test(values.instance) || values.instance.length > MAX_INSTANCE_NAME) {
    throw new UsageError(`--instance ${values.instance} is not a DNS-1123 label of at most ${MAX_INSTANCE_NAME} characters`);
  }

  const store = values["secret-store"];
  if (store !== undefined && !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(store)) throw new UsageError(`--secret-store ${store} is not a Kubernetes object name`);
  const result = await importPaths(positionals, { cwd: io.cwd, namespace: values.namespace, instance: values.instance, secretStore: store });
  const diagnostics = values.strict ? promoteWarnings(result.diagnostics) : result.diagnostics;
  const failed = hasErrors(diagnostics);
  const code = report({ ...(failed ? {} : { result: true }), diagnostics, sources: result.sources }, io, format, diagnosticStream(io, format));
  if (failed) return code;

  const dir = path.resolve(io.cwd, values.out);
  const written = writeNewFiles("import", dir, result.files, values.force, io);
  if (written !== EXIT_OK) return written;
  for (const [address, file] of result.mapping ?? []) io.stderr.write(`${address} → ${file}\n`);
  const relative = path.relative(io.cwd, dir);
  const shown = relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? dir : relative;
  const target = shown === "." ? "" : ` ${shown}`;
  io.stderr.write(`\nNext: litellm-gitops secrets${target}   (the remote keys to fill), then litellm-gitops build${target}\n`);
  return EXIT_OK;
}
