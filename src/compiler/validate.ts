import { classify, isRecord, type InputKind } from "./classify.js";
import { secretProducers } from "./cluster-secrets.js";
import { diagnostic, type Diagnostic } from "./diagnostics.js";
import { discover, readSource } from "./load.js";
import { locationOf } from "./locate.js";
import { documentsOf, parsedText, parseSource, type ParsedDocument } from "./parse.js";
import { ParseCache } from "./parse-cache.js";
import { resourceKey, type Project, type Resource } from "./resources.js";
import { checkCommittedSecrets, checkLiteralCredentials } from "./rules/credentials.js";
import { checkNames } from "./rules/names.js";
import { checkProviders } from "./rules/providers.js";
import { checkDuplicates, checkInstanceRefs } from "./rules/references.js";
import { checkSettingsKeys } from "./rules/settings-keys.js";
import { checkValues } from "./rules/values.js";
import { validateAgainstSchema } from "./schema-validation.js";

export const DEFAULT_NAMESPACE = "default";

export interface LoadOptions {
  cwd: string;
  /** Folders never read: the output folder, the cache. */
  exclude: string[];
  /** The parse cache's folder (parse-cache.ts); none: every file is parsed. Never changes a result. */
  cacheDir?: string | undefined;
}

export interface Validated {
  project: Project;
  diagnostics: Diagnostic[];
  /** The text of every file read, for code frames. */
  sources: Map<string, string>;
}

/** The rules a schema cannot say, each over the whole project. Order only affects report order, which is sorted later. */
const RULES = [checkNames, checkDuplicates, checkInstanceRefs, checkProviders, checkValues, checkLiteralCredentials, checkCommittedSecrets, checkSettingsKeys];

/** files ──load──▶ documents ──validate──▶ resources */
export function loadProject(paths: readonly string[], options: LoadOptions): Validated {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const found = discover(paths, options);
  diagnostics.push(...found.diagnostics);

  const cache = options.cacheDir === undefined ? undefined : ParseCache.open(options.cacheDir);
  const documents: ParsedDocument[] = [];
  for (const file of found.files) {
    const read = readSource(file, options.cwd);
    diagnostics.push(...read.diagnostics);
    if (!read.source) continue;
    const { text } = read.source;
    sources.set(read.source.path, text);
    const cached = cache?.lookup(text);
    if (cached) {
      documents.push(...documentsOf(read.source, cached));
      continue;
    }
    const parsed = parseSource(read.source);
    diagnostics.push(...parsed.diagnostics);
    documents.push(...parsed.documents);
    if (cache && parsed.diagnostics.length === 0) cache.store(text, parsedText(parsed.documents));
  }
  cache?.save();
  const project = validateDocuments(documents, diagnostics);
  return { project, diagnostics, sources };
}

export function validateDocuments(documents: readonly ParsedDocument[], diagnostics: Diagnostic[]): Project {
  const inputs: Array<{ kind: InputKind; doc: ParsedDocument; valid: boolean }> = [];
  const secrets: ParsedDocument[] = [];
  const producerDocs: ParsedDocument[] = [];
  for (const doc of documents.flatMap(listItems)) {
    const classified = classify(doc, diagnostics);
    if (classified.role === "secret") secrets.push(doc);
    if (classified.role === "producer") producerDocs.push(doc);
    if (classified.role !== "input") continue;
    const errors = validateAgainstSchema(classified.kind, doc);
    diagnostics.push(...errors);
    inputs.push({ kind: classified.kind, doc, valid: errors.length === 0 });
  }

  const configs = inputs.filter((i) => i.kind === "CompilerConfig");
  for (const extra of configs.slice(1)) {
    diagnostics.push(
      diagnostic(
        "LG3010",
        locationOf(extra.doc, "/kind"),
        `a project has at most one CompilerConfig; the first is ${configs[0]!.doc.file}:${configs[0]!.doc.locate("/kind").line}`,
        "Merge the two into one, or pass paths that include only one of them.",
      ),
    );
  }
  const configDoc = configs[0]?.valid ? configs[0].doc : undefined;
  const defaultNamespace = configuredNamespace(configDoc) ?? DEFAULT_NAMESPACE;
  const toResource = <T>(doc: ParsedDocument): Resource<T> => {
    const value = doc.value as { metadata?: { name?: unknown; namespace?: unknown } };
    return {
      doc,
      name: String(value.metadata?.name ?? ""),
      namespace: typeof value.metadata?.namespace === "string" ? value.metadata.namespace : defaultNamespace,
      value: doc.value as T,
    };
  };

  const project: Project = {
    instances: [],
    models: [],
    secrets: secrets.map((doc) => {
      const { name, namespace } = toResource<unknown>(doc);
      return { doc, name, namespace };
    }),
    producers: [],
    invalidInstanceKeys: new Set(),
  };
  project.producers = secretProducers(producerDocs, project.secrets, defaultNamespace);
  if (configDoc) project.config = toResource(configDoc);
  for (const input of inputs) {
    if (input.kind === "LiteLLMInstance") {
      const resource = toResource<Project["instances"][number]["value"]>(input.doc);
      if (input.valid) project.instances.push(resource);
      else project.invalidInstanceKeys.add(resourceKey(resource.namespace, resource.name));
    } else if (input.kind === "Model" && input.valid) {
      project.models.push(toResource(input.doc));
    }
  }
  for (const rule of RULES) rule(project, (d) => diagnostics.push(d));
  return project;
}

function configuredNamespace(doc: ParsedDocument | undefined): string | undefined {
  if (!doc || !isRecord(doc.value) || !isRecord(doc.value.spec) || !isRecord(doc.value.spec.defaults)) return undefined;
  const namespace = doc.value.spec.defaults.namespace;
  return typeof namespace === "string" ? namespace : undefined;
}

/**
 * A `kind: List` (what `kubectl get -o yaml` writes) stands for its items: each is read as a
 * document of its own, located inside the list.
 */
function listItems(doc: ParsedDocument): ParsedDocument[] {
  const value = doc.value;
  if (!isRecord(value) || value.apiVersion !== "v1" || value.kind !== "List" || !Array.isArray(value.items)) return [doc];
  return value.items.map((item, i) => ({
    file: doc.file,
    index: doc.index,
    value: item,
    locate: (pointer, target) => doc.locate(`/items/${i}${pointer}`, target),
  }));
}
