import { diagnose, type Report } from "../diagnostics.js";
import { locationOf, type ParsedDocument } from "../parse/locate.js";
import type { Project } from "../resources.js";
import { isRecord } from "../../records.js";

/*
 * Names that are not Kubernetes names but reach config.yaml or LiteLLM's database as the
 * identity clients and admins type (`model_name`, team and key aliases): free text, but a
 * name that is empty, or that holds a character a reader cannot see or that reorders what is
 * shown (a control character, a bidi override such as U+202E, a zero-width space, a line
 * separator), or white space at either end, names something other than what the review showed.
 */

/** Control (Cc), format (Cf: bidi controls, zero-width characters, BOM) and line/paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

export function checkDisplayNames(project: Project, report: Report): void {
  for (const model of project.models) {
    const name = model.value.spec.modelName;
    if (name !== undefined) checkDisplayName(model.doc, "/spec/modelName", "modelName", name, report);
  }
  for (const instance of project.instances) {
    instance.value.spec.models?.forEach((entry, i) => {
      if (entry.modelName !== undefined) checkDisplayName(instance.doc, `/spec/models/${i}/modelName`, "modelName", entry.modelName, report);
      else checkDisplayName(instance.doc, `/spec/models/${i}/identifier`, "identifier (the model_name)", entry.identifier, report);
    });
  }
  const aliases: Array<[readonly { doc: ParsedDocument; value: unknown }[], string[]]> = [
    [project.access.teams, ["teamAlias"]],
    [project.access.users, ["userAlias", "keyAlias"]],
    [project.access.virtualKeys, ["keyAlias"]],
  ];
  for (const [resources, fields] of aliases) {
    for (const resource of resources) {
      const spec = isRecord(resource.value) ? resource.value.spec : undefined;
      if (!isRecord(spec)) continue;
      for (const field of fields) {
        const value = spec[field];
        if (typeof value === "string") checkDisplayName(resource.doc, `/spec/${field}`, field, value, report);
      }
    }
  }
}

function checkDisplayName(doc: ParsedDocument, pointer: string, field: string, name: unknown, report: Report): void {
  if (typeof name !== "string") return;
  const at = locationOf(doc, pointer);
  if (name.trim() === "") {
    report(diagnose("LG3024", at, "empty", { field }));
    return;
  }
  const hidden = [...new Set(name.match(INVISIBLE) ?? [])].map((c) => "U+" + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0"));
  if (hidden.length > 0) report(diagnose("LG3024", at, "invisible", { field, characters: hidden.join(", ") }));
  else if (name !== name.trim()) report(diagnose("LG3024", at, "padded", { field, name: JSON.stringify(name) }));
}
