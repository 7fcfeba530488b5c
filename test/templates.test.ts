// remoteKeyTemplate / remotePropertyTemplate without Handlebars (src/compiler/remote-key.ts):
// a template of text and plain {{variable}}s is analysed and rendered without loading
// Handlebars, and must give exactly what Handlebars gives; anything else still goes to it.
import fc from "fast-check";
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { checkRemoteRefTemplates, checkTemplate, compileTemplate, TEMPLATE_VARIABLES } from "../src/compiler/remote-key.js";

const VARS = { namespace: "litellm", secretName: "litellm-master-key", key: "masterKey", instance: "proxy" };
const handlebars = Handlebars.create();
const byHandlebars = (template: string, vars: Record<string, string>) => handlebars.compile(template, { strict: true, noEscape: true })(vars);

/** Text with no brace and no backslash (the characters that make a template not simple). */
const text = fc.string({ unit: fc.constantFrom("a", "/", "-", "_", ".", " ", "\n", "é", "$", "[", "]", "%", "#", "!", ">"), maxLength: 6 });
const simpleTemplate = fc
  .array(fc.oneof(text, fc.constantFrom(...TEMPLATE_VARIABLES.map((v) => `{{${v}}}`))), { maxLength: 8 })
  .map((parts) => parts.join(""));

describe("simple templates", () => {
  it("render as Handlebars renders them", () => {
    fc.assert(
      fc.property(simpleTemplate, fc.record({ namespace: text, secretName: text, key: text, instance: text }), (template, vars) => {
        expect(compileTemplate(template).render(vars)).toBe(byHandlebars(template, vars));
      }),
      { numRuns: 500 },
    );
  });

  it("are checked as before: the defaults and their usual variants", () => {
    expect(checkTemplate("litellm/{{namespace}}/{{secretName}}")).toBeUndefined();
    expect(checkTemplate("{{key}}")).toBeUndefined();
    expect(checkTemplate("")).toBe("the template renders an empty string");
    expect(checkTemplate("a b/{{key}}")).toMatch(/whitespace/);
    expect(checkRemoteRefTemplates("litellm/{{namespace}}", "{{key}}")).toMatch(/\{\{secretName\}\}/);
    expect(checkRemoteRefTemplates("litellm/{{namespace}}/{{secretName}}", "{{key}}")).toBeUndefined();
    expect(compileTemplate("{{key}}-{{key}}").render(VARS)).toBe("masterKey-masterKey");
    expect(() => compileTemplate("{{key}}/{{instance}}").render({ key: "k" })).toThrow(/"instance" is not defined/);
  });

  it("leave everything else to Handlebars, with its messages", () => {
    expect(checkTemplate("{{ key }}")).toBeUndefined();
    expect(compileTemplate("{{ key }}/{{!comment}}x").render(VARS)).toBe("masterKey/x");
    expect(checkTemplate("{{this}}")).toMatch(/^only plain \{\{variable\}\} is supported/);
    expect(checkTemplate("{{secret}}")).toMatch(/^unknown variable "secret"/);
    expect(checkTemplate("{{#if key}}x{{/if}}")).toMatch(/only text and \{\{variable\}\} are supported/);
    expect(checkTemplate("{{key")).toMatch(/^not a valid template/);
    expect(compileTemplate("a\\{{key}}").render(VARS)).toBe(byHandlebars("a\\{{key}}", VARS));
  });
});
