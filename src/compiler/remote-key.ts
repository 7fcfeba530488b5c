/**
 * The user-configurable string templates for ESO remote keys (CompilerConfig
 * `remoteKeyTemplate`, `remotePropertyTemplate`). Handlebars, as docs/architecture.md says, but only as
 * string interpolation: a template may hold text, comments and `{{variable}}` over the four
 * variables below. Helpers, blocks and partials add nothing to a key path (every variable is a
 * non-empty string) and would let a template read things we don't document.
 */
import { createRequire } from "node:module";
import type Handlebars from "handlebars";

export const TEMPLATE_VARIABLES = ["namespace", "secretName", "key", "instance"] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateVariables = Record<TemplateVariable, string>;

/** A template that cannot be rendered; `variable` names the missing or unknown one, when that is the cause. */
export class TemplateError extends Error {
  override name = "TemplateError";
  constructor(
    message: string,
    readonly template: string,
    readonly variable?: string,
  ) {
    super(message);
  }
}

export interface CompiledTemplate {
  render(vars: Readonly<Partial<Record<string, string>>>): string;
}

let environment: ReturnType<typeof Handlebars.create> | undefined;

/**
 * A private environment: helpers or partials someone registers on the global Handlebars can't
 * change what our templates render. Loaded on first use: a run that checks and renders no
 * template (no CompilerConfig, no ExternalSecret) does not pay for loading Handlebars.
 */
function env(): ReturnType<typeof Handlebars.create> {
  environment ??= (createRequire(import.meta.url)("handlebars") as typeof Handlebars).create();
  return environment;
}

const cache = new Map<string, CompiledTemplate>();

/** Values for the trial render in `checkTemplate`: realistic, non-empty, no whitespace. */
const SAMPLE: TemplateVariables = {
  namespace: "litellm",
  secretName: "litellm-master-key",
  key: "masterKey",
  instance: "proxy",
};

/**
 * Compiles once per source string. Throws TemplateError for a template `checkTemplate`
 * rejects for its structure; `render` throws TemplateError naming a variable missing from `vars`.
 */
export function compileTemplate(source: string): CompiledTemplate {
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const analysis = analyse(source);
  if (analysis.problem !== undefined) throw new TemplateError(analysis.problem.message, source, analysis.problem.variable);
  const template = simpleTemplate(source) ?? env().compile(source, { strict: true, noEscape: true });
  const used = analysis.variables;
  const compiled: CompiledTemplate = {
    render(vars) {
      // Checked here rather than left to Handlebars' strict mode: strict mode only tests that
      // the key exists, so `{key: undefined}` would render as an empty string.
      for (const name of used) {
        if (typeof vars[name] !== "string") {
          throw new TemplateError(`template variable "${name}" is not defined`, source, name);
        }
      }
      try {
        return template(vars);
      } catch (e) {
        // Unreachable after the check above, unless Handlebars' own rules change under us.
        const message = e instanceof Error ? e.message : String(e);
        const variable = /^"([^"]+)" not defined/.exec(message)?.[1];
        throw new TemplateError(`cannot render template: ${message}`, source, variable);
      }
    },
  };
  cache.set(source, compiled);
  return compiled;
}

/**
 * Why a template can't be used, or undefined when it can: it must parse, use only the four
 * variables, and render (with sample values) to a non-empty string without whitespace, which
 * no secret store accepts in a key. The resolver reports the message at the CompilerConfig field.
 */
export function checkTemplate(source: string): string | undefined {
  const analysis = analyse(source);
  if (analysis.problem !== undefined) return analysis.problem.message;
  const rendered = compileTemplate(source).render(SAMPLE);
  if (rendered === "") return "the template renders an empty string";
  if (/[\s\p{Cc}]/u.test(rendered)) {
    return `the template renders ${JSON.stringify(rendered)}, which contains whitespace or a control character`;
  }
  return undefined;
}

/**
 * Whether the two templates together can tell Secret keys apart: unless `secretName` and `key`
 * each appear in one of them, two different Secret keys of a namespace read the same remote
 * value (`litellm/{{namespace}}` + `{{key}}` gives the database's and Redis' `password` one
 * source). Sometimes meant, usually not: the resolver can make this a warning. Both templates
 * must already pass `checkTemplate`.
 */
export function checkRemoteRefTemplates(remoteKeyTemplate: string, remotePropertyTemplate: string): string | undefined {
  const used = new Set([...analyse(remoteKeyTemplate).variables, ...analyse(remotePropertyTemplate).variables]);
  const missing = (["secretName", "key"] as const).filter((v) => !used.has(v));
  if (missing.length === 0) return undefined;
  const names = missing.map((v) => `{{${v}}}`).join(" and ");
  return `neither remoteKeyTemplate nor remotePropertyTemplate uses ${names}, so different Secret keys read the same remote value`;
}

/**
 * Whether a Secret's optional keys can be fetched: only as `dataFrom.extract` of the whole remote
 * key (an ExternalSecret `data` entry whose property is missing fails the whole sync), which
 * gives each property under its own name; so the remote key must not depend on `{{key}}` and
 * the property must be `{{key}}` itself.
 */
export function optionalKeysFetchable(templates: { remoteKeyTemplate: string; remotePropertyTemplate: string }): boolean {
  return !analyse(templates.remoteKeyTemplate).variables.includes("key") && /^\{\{\s*key\s*\}\}$/.test(templates.remotePropertyTemplate);
}

/** The ExternalSecret `remoteRef` for one Secret key, from the CompilerConfig's templates. */
export function renderRemoteRef(
  templates: { remoteKeyTemplate: string; remotePropertyTemplate: string },
  vars: TemplateVariables,
): { key: string; property: string } {
  return {
    key: compileTemplate(templates.remoteKeyTemplate).render(vars),
    property: compileTemplate(templates.remotePropertyTemplate).render(vars),
  };
}

interface Analysis {
  /** Variables the template reads, in first-use order. */
  variables: TemplateVariable[];
  problem?: { message: string; variable?: string };
}

const KNOWN = new Set<string>(TEMPLATE_VARIABLES);
const AVAILABLE = TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(", ");

/**
 * Text and `{{variable}}` over the four variables, with no other brace and no backslash: what
 * nearly every template is (the defaults are). Handlebars parses such a template into text and
 * plain mustaches and renders it as their concatenation (strict, no escaping); so it is done
 * here without loading Handlebars. Anything else goes to Handlebars.
 */
const SIMPLE = new RegExp(`^(?:[^{}\\\\]|\\{\\{(?:${TEMPLATE_VARIABLES.join("|")})\\}\\})*$`);
const MUSTACHE = /\{\{(\w+)\}\}/g;

function simpleTemplate(source: string): ((vars: Readonly<Partial<Record<string, string>>>) => string) | undefined {
  if (!SIMPLE.test(source)) return undefined;
  const parts = source.split(MUSTACHE); // text, variable, text, variable, …, text
  return (vars) => parts.map((part, i) => (i % 2 === 1 ? vars[part]! : part)).join("");
}

function analyse(source: string): Analysis {
  if (SIMPLE.test(source)) {
    const variables: TemplateVariable[] = [];
    for (const [, name] of source.matchAll(MUSTACHE)) {
      if (!variables.includes(name as TemplateVariable)) variables.push(name as TemplateVariable);
    }
    return { variables };
  }
  let program: hbs.AST.Program;
  try {
    program = env().parse(source);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Handlebars' parse errors span several lines (a caret diagram); a diagnostic wants one.
    return { variables: [], problem: { message: `not a valid template: ${message.split("\n").join(" ")}` } };
  }
  const variables: TemplateVariable[] = [];
  for (const node of program.body) {
    if (node.type === "ContentStatement" || node.type === "CommentStatement") continue;
    if (node.type !== "MustacheStatement") {
      return { variables, problem: { message: `only text and {{variable}} are supported (found a ${describe(node)}); variables: ${AVAILABLE}` } };
    }
    const m = node as hbs.AST.MustacheStatement;
    const path = m.path as hbs.AST.PathExpression;
    const simple =
      path.type === "PathExpression" && !path.data && path.depth === 0 && path.parts.length === 1 &&
      m.params.length === 0 && (m.hash === undefined || m.hash.pairs.length === 0);
    if (!simple) {
      const text = path.type === "PathExpression" ? path.original : "literal";
      return { variables, problem: { message: `only plain {{variable}} is supported, not {{${text}…}}; variables: ${AVAILABLE}` } };
    }
    const name = path.parts[0] ?? "";
    if (!KNOWN.has(name)) {
      return { variables, problem: { message: `unknown variable "${name}"; variables: ${AVAILABLE}`, variable: name } };
    }
    if (!variables.includes(name as TemplateVariable)) variables.push(name as TemplateVariable);
  }
  return { variables };
}

function describe(node: hbs.AST.Node): string {
  switch (node.type) {
    case "BlockStatement":
      return "block {{#…}}";
    case "PartialStatement":
    case "PartialBlockStatement":
      return "partial {{>…}}";
    default:
      return node.type;
  }
}
