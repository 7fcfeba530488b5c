import { diagnose, type Report } from "../diagnostics.js";
import type { CompilerSettings, RemoteRef, SecretIR } from "../ir.js";
import { locationOf } from "../parse/locate.js";
import type { Project } from "../resources.js";
import { checkRemoteRefTemplates, checkTemplate, renderRemoteRef, TemplateError, type TemplateVariables } from "../remote-key.js";
import type { SecretRead } from "./env.js";

/** The remote reference of one Secret key. */
export type RemoteRefOf = (vars: TemplateVariables) => RemoteRef;

const NO_REF: RemoteRef = { key: "", property: "" };

/**
 * The CompilerConfig's remote key templates, checked (LG4005, LG4007) and made into the
 * function that renders them: templates are rendered here, in the resolver, so that their
 * errors are diagnostics and the IR carries every Secret key's remote reference ready made.
 * Once a template has an error, nothing is rendered with it (and nothing is written).
 */
export function remoteRefRenderer(project: Project, settings: CompilerSettings, report: Report): RemoteRefOf {
  if (checkTemplates(project, settings, report)) return () => NO_REF;
  let failed = false;
  return (vars) => {
    try {
      return renderRemoteRef(settings, vars);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      // Unreachable with checked templates and the four variables always set; reported once, not per key.
      if (!failed) {
        failed = true;
        const field = error.template === settings.remoteKeyTemplate ? "remoteKeyTemplate" : "remotePropertyTemplate";
        const at = project.config ? locationOf(project.config.doc, `/spec/${field}`) : { file: "", line: 0, column: 0, pointer: "" };
        report(diagnose("LG4005", at, "invalid", { field, problem: error.message }));
      }
      return NO_REF;
    }
  };
}

/** Each Secret the instance reads, with the remote reference of every key. */
export function withRemoteRefs(instance: { name: string; namespace: string }, read: readonly SecretRead[], remoteRef: RemoteRefOf): SecretIR[] {
  return read.map((secret) => ({
    name: secret.name,
    keys: secret.keys.map((key) => ({
      key,
      remoteRef: remoteRef({ namespace: instance.namespace, secretName: secret.name, key, instance: instance.name }),
      ...(secret.optionalKeys?.includes(key) ? { optional: true as const } : {}),
    })),
  }));
}

/** Reports what is wrong with the templates; true when one cannot be rendered. */
function checkTemplates(project: Project, settings: CompilerSettings, report: Report): boolean {
  const config = project.config;
  if (!config) return false;
  let broken = false;
  for (const field of ["remoteKeyTemplate", "remotePropertyTemplate"] as const) {
    const source = config.value.spec?.[field];
    if (source === undefined) continue;
    const problem = checkTemplate(source);
    if (problem) {
      broken = true;
      report(diagnose("LG4005", locationOf(config.doc, `/spec/${field}`), "invalid", { field, problem }));
    }
  }
  const ambiguous = broken ? undefined : checkRemoteRefTemplates(settings.remoteKeyTemplate, settings.remotePropertyTemplate);
  if (ambiguous) {
    report(
      diagnose("LG4007", locationOf(config.doc, config.value.spec?.remoteKeyTemplate !== undefined ? "/spec/remoteKeyTemplate" : "/spec"), "ambiguous", { problem: ambiguous }),
    );
  }
  return broken;
}
