import { diagnose, type Report } from "../diagnostics.js";
import { locationOf, type ParsedDocument } from "../parse/locate.js";
import { childPointer } from "../pointer.js";
import type { Project } from "../resources.js";
import { paramsSites } from "./sites.js";

/**
 * The words PyYAML (YAML 1.1, how LiteLLM reads config.yaml) resolves to a boolean, besides
 * true/false: its `bool` implicit resolver (yaml/resolver.py, Resolver.add_implicit_resolver
 * for tag:yaml.org,2002:bool). YAML 1.2, which we read inputs with, keeps them as strings.
 */
const YAML11_TRUE = /^(yes|Yes|YES|on|On|ON)$/;
const YAML11_FALSE = /^(no|No|NO|off|Off|OFF)$/;

/**
 * `drop_params: no` in a settings or passthrough block: YAML 1.2 reads the string "no", the
 * config.yaml we write keeps it a string (quoted, so PyYAML agrees), and Python treats any
 * non-empty string as true: the opposite of what was meant. `import` reads the same text with
 * YAML 1.1 and makes it `false`; this warning makes `build` say what it will pass instead of
 * silently disagreeing.
 */
export function checkYaml11Booleans(project: Project, report: Report): void {
  for (const instance of project.instances) {
    for (const field of ["routerSettings", "litellmSettings", "generalSettings"] as const) {
      const value = instance.value.spec[field];
      if (value && typeof value === "object") walk(instance.doc, `/spec/${field}`, value, report);
    }
  }
  for (const { doc, pointer, params } of paramsSites(project)) {
    const passthrough = params.additionalProp1;
    if (passthrough && typeof passthrough === "object") walk(doc, `${pointer}/additionalProp1`, passthrough, report);
  }
}

function walk(doc: ParsedDocument, pointer: string, value: object, report: Report): void {
  for (const [key, child] of Object.entries(value)) {
    const here = childPointer(pointer, key);
    if (child && typeof child === "object") walk(doc, here, child, report);
    else if (typeof child === "string" && (YAML11_TRUE.test(child) || YAML11_FALSE.test(child))) {
      const meant = YAML11_TRUE.test(child) ? "true" : "false";
      report(
        diagnose("LG3021", locationOf(doc, here), "stringBoolean", { key, child, meant }),
      );
    }
  }
}
