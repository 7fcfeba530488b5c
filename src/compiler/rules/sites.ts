import type { Project } from "../resources.js";
import type { ParsedDocument } from "../parse/locate.js";

/** The litellmParams of a Model or of an instance's `spec.models[]` entry. */
export type Params = Record<string, unknown>;

export interface ParamsSite {
  doc: ParsedDocument;
  /** Pointer to the params mapping. */
  pointer: string;
  params: Params;
}

/** Every place in the project that declares LiteLLM params, so that per-model rules see both forms. */
export function paramsSites(project: Project): ParamsSite[] {
  const sites: ParamsSite[] = [];
  for (const model of project.models) {
    const params = model.value.spec.litellmParams as Params | undefined;
    if (params) sites.push({ doc: model.doc, pointer: "/spec/litellmParams", params });
  }
  for (const instance of project.instances) {
    instance.value.spec.models?.forEach((entry, i) => {
      const params = entry.liteLLMParams as Params | undefined;
      if (params) sites.push({ doc: instance.doc, pointer: `/spec/models/${i}/liteLLMParams`, params });
    });
  }
  return sites;
}
