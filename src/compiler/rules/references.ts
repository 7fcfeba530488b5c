import { diagnose, type Report } from "../diagnostics.js";
import { locationOf } from "../parse/locate.js";
import { resourceKey, type Project, type Resource } from "../resources.js";
import { closest } from "../suggest.js";

/** Same kind, namespace and name twice: the API server would keep only the last one applied. */
export function checkDuplicates(project: Project, report: Report): void {
  const groups: Array<[string, Resource<unknown>[]]> = [
    ["LiteLLMInstance", project.instances],
    ["Model", project.models],
    ["Guardrail", project.guardrails],
    ["MCPServer", project.mcpServers],
    ["Callback", project.callbacks],
  ];
  for (const [kind, resources] of groups) {
    const first = new Map<string, Resource<unknown>>();
    for (const resource of resources) {
      const key = resourceKey(resource.namespace, resource.name);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, resource);
        continue;
      }
      const { line } = earlier.doc.locate("/metadata/name");
      report(
        diagnose("LG3006", locationOf(resource.doc, "/metadata/name"), "duplicate", { kind, key, first: `${earlier.doc.file}:${line}` }),
      );
    }
  }
  for (const instance of project.instances) {
    const seen = new Map<string, number>();
    instance.value.spec.models?.forEach((entry, i) => {
      const earlier = seen.get(entry.identifier);
      if (earlier === undefined) {
        seen.set(entry.identifier, i);
        return;
      }
      report(
        diagnose("LG3007", locationOf(instance.doc, `/spec/models/${i}/identifier`), "duplicate", { identifier: String(entry.identifier), first: earlier }),
      );
    });
  }
}

/** A Model's instanceRef must name an instance this project compiles. */
export function checkInstanceRefs(project: Project, report: Report): void {
  const known = new Set(project.instances.map((i) => resourceKey(i.namespace, i.name)));
  type Ref = readonly [Resource<unknown>["doc"], string, { name?: string; namespace?: string } | undefined, string];
  const refs: Ref[] = [
    ...project.models.map((m) => [m.doc, "/spec/connectionRef/instanceRef/name", m.value.spec.connectionRef?.instanceRef, m.namespace] as Ref),
    // Guardrails, MCP servers and callbacks bind to exactly one instance of the project.
    ...[...project.guardrails, ...project.mcpServers, ...project.callbacks].map((r) => [r.doc, "/spec/instanceRef/name", r.value.spec.instanceRef, r.namespace] as Ref),
  ];
  for (const [doc, pointer, ref, namespace] of refs) {
    if (!ref || ref.name === undefined) continue;
    const key = resourceKey(ref.namespace ?? namespace, ref.name);
    if (known.has(key) || project.invalidInstanceKeys.has(key) || mayBeIn(project.failedTexts, ref.name)) continue;
    const suggestion = closest(key, known);
    const at = locationOf(doc, pointer);
    report(
      suggestion
        ? diagnose("LG3001", at, "didYouMean", { key, suggestion })
        : known.size > 0
          ? diagnose("LG3001", at, "known", { key, instances: [...known].sort().join(", ") })
          : diagnose("LG3001", at, "none", { key }),
    );
  }
}

/** Whether a file that failed to load may define `name`: it mentions it, or it could not be read at all. */
function mayBeIn(failedTexts: ReadonlyArray<string | null>, name: string): boolean {
  return failedTexts.some((text) => text === null || text.includes(name));
}
