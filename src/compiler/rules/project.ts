import type { Classification } from "../classify/classify.js";
import { isRecord } from "../../records.js";
import { secretProducers } from "../cluster-secrets.js";
import { diagnose, type Report } from "../diagnostics.js";
import { locationOf, type ParsedDocument } from "../parse/locate.js";
import { resourceKey, type Project, type Resource } from "../resources.js";
import type { CheckedInput } from "../schema/schema.js";

export const DEFAULT_NAMESPACE = "default";

/** Which list of Project.access holds each auth.litellm.ai kind. */
const ACCESS_LISTS = {
  Team: "teams",
  User: "users",
  VirtualKey: "virtualKeys",
  TeamMemberAssociation: "memberships",
} as const;

/**
 * The schema-valid inputs as a Project: typed resources, each with its namespace (the
 * CompilerConfig's default when metadata.namespace is absent), and the Secrets the cluster
 * makes (cluster-secrets.ts). A project has at most one
 * CompilerConfig (LG3010).
 */
export function assembleProject(
  inputs: readonly CheckedInput[],
  found: Classification,
  failedTexts: ReadonlyArray<string | null>,
  report: Report,
): Project {
  const configs = inputs.filter((i) => i.kind === "CompilerConfig");
  for (const extra of configs.slice(1)) {
    const first = configs[0]!.doc;
    report(diagnose("LG3010", locationOf(extra.doc, "/kind"), "second", { first: `${first.file}:${first.locate("/kind").line}` }));
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
    guardrails: [],
    mcpServers: [],
    callbacks: [],
    secrets: found.secrets.map((doc) => {
      const { name, namespace } = toResource<unknown>(doc);
      return { doc, name, namespace };
    }),
    producers: [],
    access: { teams: [], users: [], virtualKeys: [], memberships: [] },
    invalidInstanceKeys: new Set(),
    failedTexts,
  };
  project.producers = secretProducers(found.producers, project.secrets, defaultNamespace);
  if (configDoc) project.config = toResource(configDoc);
  for (const input of inputs) {
    if (input.kind === "LiteLLMInstance") {
      const resource = toResource<Project["instances"][number]["value"]>(input.doc);
      if (input.valid) project.instances.push(resource);
      else project.invalidInstanceKeys.add(resourceKey(resource.namespace, resource.name));
    } else if (input.kind === "Model" && input.valid) {
      project.models.push(toResource(input.doc));
    } else if (input.kind === "Guardrail" && input.valid) {
      project.guardrails.push(toResource(input.doc));
    } else if (input.kind === "MCPServer" && input.valid) {
      project.mcpServers.push(toResource(input.doc));
    } else if (input.kind === "Callback" && input.valid) {
      project.callbacks.push(toResource(input.doc));
    } else if (input.valid && input.kind in ACCESS_LISTS) {
      (project.access[ACCESS_LISTS[input.kind as keyof typeof ACCESS_LISTS]] as Resource<unknown>[]).push(toResource(input.doc));
    }
  }
  return project;
}

function configuredNamespace(doc: ParsedDocument | undefined): string | undefined {
  if (!doc || !isRecord(doc.value) || !isRecord(doc.value.spec) || !isRecord(doc.value.spec.defaults)) return undefined;
  const namespace = doc.value.spec.defaults.namespace;
  return typeof namespace === "string" ? namespace : undefined;
}
