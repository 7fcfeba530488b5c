// Issue 12, class 3 (values that break semantics), second half: every value reaches
// config.yaml meaning what the user wrote, or is a located diagnostic. Keys that are also
// names of Object.prototype members survive every object-building step; numbers that a float
// cannot hold are errors; a float stays a float.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli } from "./support/cli.js";
import { pyyamlTypes } from "./support/pyyaml.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A copy of the quick start, without its rendered output, with files added or replaced. */
function quickstart(files: Record<string, string> = {}, edit?: (instance: string) => string): string {
  const tmp = mkdtempSync(path.join(tmpdir(), "lg-values-"));
  temps.push(tmp);
  const dir = path.join(tmp, "qs");
  cpSync(path.join(ROOT, "examples/quickstart"), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}rendered`) });
  const instance = path.join(dir, "instance.yaml");
  if (edit) writeFileSync(instance, edit(readFileSync(instance, "utf8")));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The names plain JavaScript objects inherit: a `key in {}` check or an `obj[key] = v` mistakes them. */
const PROTO_KEYS = ["constructor", "toString", "hasOwnProperty", "valueOf", "__proto__", "__defineGetter__", "isPrototypeOf"];

/** `indent`-indented YAML lines setting each prototype-named key to a distinct value, plus a nested mapping. */
function protoBlock(indent: string, tag: string): string {
  return PROTO_KEYS.map((k, i) => `${indent}${k}: ${tag}-${i}\n`).join("") + `${indent}nested:\n` + PROTO_KEYS.map((k) => `${indent}  ${k}: {${k}: ${tag}}\n`).join("");
}

function expectProtoKeys(block: unknown, tag: string): void {
  const record = block as Record<string, unknown>;
  for (const [i, k] of PROTO_KEYS.entries()) {
    expect(Object.hasOwn(record, k), `${tag}: ${k}`).toBe(true);
    expect(record[k], `${tag}: ${k}`).toBe(`${tag}-${i}`);
  }
  const nested = record.nested as Record<string, Record<string, unknown>>;
  for (const k of PROTO_KEYS) {
    expect(Object.hasOwn(nested, k), `${tag}: nested.${k}`).toBe(true);
    expect(Object.hasOwn(nested[k]!, k) && nested[k]![k], `${tag}: nested.${k}.${k}`).toBe(tag);
  }
}

const INTEGRATIONS = `apiVersion: litellm-gitops.dev/v1alpha1
kind: Guardrail
metadata: {name: pii, namespace: ai-platform}
spec:
  instanceRef: {name: gateway}
  guardrail: presidio
  mode: pre_call
  params:
${protoBlock("    ", "guardrail")}---
apiVersion: litellm-gitops.dev/v1alpha1
kind: MCPServer
metadata: {name: docs, namespace: ai-platform}
spec:
  instanceRef: {name: gateway}
  url: https://mcp.example.com/mcp
  transport: http
  params:
${protoBlock("    ", "mcp")}---
apiVersion: litellm-gitops.dev/v1alpha1
kind: Callback
metadata: {name: langfuse, namespace: ai-platform}
spec:
  instanceRef: {name: gateway}
  callback: langfuse
  secretRef: {secretName: langfuse, keys: {LANGFUSE_PUBLIC_KEY: public-key, LANGFUSE_SECRET_KEY: secret-key}}
  settings:
${protoBlock("    ", "callback")}`;

const PROTO_MODEL = `apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata: {name: proto, namespace: ai-platform}
spec:
  modelName: proto
  connectionRef: {instanceRef: {name: gateway}}
  modelSecretRef: {secretName: openai, keys: {apiKey: OPENAI_API_KEY}}
  litellmParams:
    model: openai/gpt-4o
    additionalProp1:
${protoBlock("      ", "params")}  modelInfo:
    mode: chat
    additionalProp1:
${protoBlock("      ", "info")}`;

describe("keys named like Object.prototype members", { timeout: 60_000 }, () => {
  it("reach config.yaml exactly, in every settings section, passthrough block, model_info and integration", async () => {
    const dir = quickstart({ "models/proto.yaml": PROTO_MODEL, "integrations.yaml": INTEGRATIONS }, (text) =>
      text
        .replace("  litellmSettings:\n    drop_params: true\n", `  litellmSettings:\n    drop_params: true\n${protoBlock("    ", "litellm")}  generalSettings:\n${protoBlock("    ", "general")}`)
        .replace("    num_retries: 2\n", `    num_retries: 2\n${protoBlock("    ", "router")}`),
    );
    const run = await cli(dir, ["build", "--format", "json"]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const text = readFileSync(path.join(dir, "rendered/ai-platform/gateway/config.yaml"), "utf8");
    const config = parse(text) as Record<string, Record<string, unknown>> & { model_list: Array<Record<string, unknown>> };
    expectProtoKeys(config.litellm_settings, "litellm");
    expectProtoKeys(config.router_settings, "router");
    expectProtoKeys(config.general_settings, "general");
    const proto = config.model_list.find((m) => m.model_name === "proto")!;
    expectProtoKeys(proto.litellm_params, "params");
    expectProtoKeys(proto.model_info, "info");
    expectProtoKeys((config.guardrails as unknown as Array<{ litellm_params: unknown }>)[0]!.litellm_params, "guardrail");
    expectProtoKeys(config.mcp_servers!.docs, "mcp");
    expectProtoKeys(config.callback_settings!.langfuse, "callback");
    // The ConfigMap carries the same bytes.
    const configMap = parse(readFileSync(path.join(dir, "rendered/ai-platform/gateway/configmap.yaml"), "utf8")) as { data: Record<string, string> };
    expect(configMap.data["config.yaml"]).toBe(text);
  });
});

describe("prototype-named keys elsewhere", { timeout: 60_000 }, () => {
  it("import keeps them in settings, litellm_params and model_info, and a build of the result writes them back", async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), "lg-values-import-"));
    temps.push(tmp);
    const source = `model_list:
  - model_name: proto
    litellm_params:
      model: openai/gpt-4o
      api_key: os.environ/OPENAI_API_KEY
${protoBlock("      ", "params")}    model_info:
${protoBlock("      ", "info")}litellm_settings:
${protoBlock("  ", "litellm")}general_settings:
  master_key: os.environ/LITELLM_MASTER_KEY
${protoBlock("  ", "general")}`;
    writeFileSync(path.join(tmp, "config.yaml"), source);
    const imported = await cli(tmp, ["import", "config.yaml", "--out", "project", "--namespace", "ai", "--instance", "gateway"]);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    const built = await cli(path.join(tmp, "project"), ["build", "--format", "json"]);
    expect(built.code, built.stdout + built.stderr).toBe(0);
    const config = parse(readFileSync(path.join(tmp, "project/rendered/ai/gateway/config.yaml"), "utf8")) as Record<string, Record<string, unknown>> & {
      model_list: Array<Record<string, unknown>>;
    };
    expectProtoKeys(config.litellm_settings, "litellm");
    expectProtoKeys(config.general_settings, "general");
    expectProtoKeys(config.model_list[0]!.litellm_params, "params");
    expectProtoKeys(config.model_list[0]!.model_info, "info");
  });

  it("a command or a kind named like a prototype member is unknown, not an internal error", async () => {
    const dir = quickstart({ "odd.yaml": "apiVersion: litellm.litellm.ai/v1alpha1\nkind: constructor\nmetadata: {name: odd}\n---\napiVersion: litellm.example.com/v1alpha1\nkind: toString\nmetadata: {name: odd}\n" });
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      const run = await cli(dir, [name]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`unknown command "${name}"`);
    }
    const run = await cli(dir, ["validate", "--format", "json"]);
    const diagnostics = JSON.parse(run.stdout) as Array<{ code: string; line: number; message: string }>;
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([["LG1009", 2]]);
    expect(diagnostics[0]!.message).toContain("unknown kind constructor");
  });
});

interface Found {
  code: string;
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  hint?: string;
}

async function diagnosticsOf(dir: string): Promise<Found[]> {
  const run = await cli(dir, ["validate", "--format", "json"]);
  expect(run.stderr).not.toContain("internal error");
  return JSON.parse(run.stdout) as Found[];
}

/** 1-based line of the first line of `file` in `dir` that contains `text`. */
function lineIn(dir: string, file: string, text: string): number {
  const line = readFileSync(path.join(dir, file), "utf8").split("\n").findIndex((l) => l.includes(text)) + 1;
  expect(line, `${text} in ${file}`).toBeGreaterThan(0);
  return line;
}

function costModel(name: string, params: string): string {
  return `apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata: {name: ${name}, namespace: ai-platform}
spec:
  modelName: ${name}
  connectionRef: {instanceRef: {name: gateway}}
  modelSecretRef: {secretName: openai, keys: {apiKey: OPENAI_API_KEY}}
  litellmParams:
    model: openai/gpt-4o
${params}`;
}

describe("numbers a float cannot hold", { timeout: 60_000 }, () => {
  it("costs that overflow or underflow, quoted or not, per token or per million, are located errors; the smallest float and zero are not", async () => {
    const dir = quickstart({
      "models/a.yaml": costModel("a", `    inputCostPerToken: "1e400"\n    outputCostPerToken: "1e-400"\n    maxBudget: "-0"\n`),
      "models/b.yaml": costModel("b", `    inputCostPerMillionTokens: "1e-320"\n    outputCostPerMillionTokens: "1.5e309"\n    inputCostPerSecond: "5e-324"\n    outputCostPerSecond: "0.000e-999"\n`),
      "models/c.yaml": costModel("c", `    inputCostPerToken: 1e400\n    outputCostPerToken: 1e-400\n    inputCostPerPixel: 0.0e-400\n    additionalProp1:\n      temperature: -1E+999\n`),
      "models/d.yaml": costModel("d", `    maxBudget: "1.7976931348623157e308"\n    outputCostPerToken: "1.8e308"\n`),
    });
    const found = (await diagnosticsOf(dir)).filter((d) => d.code === "LG3022" || d.code === "LG1022" || d.severity === "error");
    const at = (file: string, text: string) => lineIn(dir, file, text);
    expect(found.map((d) => [d.code, d.file, d.line]).sort()).toEqual(
      [
        ["LG3022", "models/a.yaml", at("models/a.yaml", "1e400")],
        ["LG3022", "models/a.yaml", at("models/a.yaml", "1e-400")],
        ["LG3022", "models/b.yaml", at("models/b.yaml", "1e-320")],
        ["LG3022", "models/b.yaml", at("models/b.yaml", "1.5e309")],
        ["LG1022", "models/c.yaml", at("models/c.yaml", "1e400")],
        ["LG1022", "models/c.yaml", at("models/c.yaml", "1e-400")],
        ["LG1022", "models/c.yaml", at("models/c.yaml", "-1E+999")],
        ["LG3022", "models/d.yaml", at("models/d.yaml", "1.8e308")],
      ].sort(),
    );
    const message = (file: string, text: string) => found.find((d) => d.file === file && d.line === at(file, text))!.message;
    expect(message("models/a.yaml", "1e400")).toContain("infinity");
    expect(message("models/a.yaml", "1e-400")).toContain("read 0");
    expect(message("models/b.yaml", "1e-320")).toContain("inputCostPerToken");
    expect(message("models/c.yaml", "1e-400")).toContain("read as 0");
  });

  it("budgets of teams, users and keys too", async () => {
    const dir = quickstart({
      "team.yaml": `apiVersion: auth.litellm.ai/v1alpha1
kind: Team
metadata: {name: research, namespace: ai-platform}
spec:
  connectionRef: {instanceRef: {name: gateway}}
  teamAlias: research
  maxBudget: "2e308"
`,
    });
    const found = (await diagnosticsOf(dir)).filter((d) => d.severity === "error");
    expect(found.map((d) => [d.code, d.line])).toEqual([["LG3022", lineIn(dir, "team.yaml", "2e308")]]);
  });
});

describe("Kubernetes values checked as the API server checks them", { timeout: 60_000 }, () => {
  // The quick start's image line, whatever release it pins.
  const IMAGE = /^ {2}image: .*$/m.exec(readFileSync(path.join(ROOT, "examples/quickstart/instance.yaml"), "utf8"))![0].trim();
  const cases: Array<[string, string, string, string | undefined]> = [
    // [what, replace, with, expected message part (undefined: valid)]
    ["negative replicas", "replicas: 2", "replicas: -3", "replicas -3 is negative"],
    ["replicas beyond int32", "replicas: 2", "replicas: 2147483648", "int32"],
    ["zero replicas", "replicas: 2", "replicas: 0", undefined],
    ["1Gib", "memory: 1Gi", "memory: 1Gib", '"1Gib" is not a Quantity'],
    ["1GB lower-case", "memory: 1Gi", "memory: 1gb", '"1gb" is not a Quantity'],
    ["negative memory", "memory: 1Gi", "memory: -1Gi", "-1Gi is negative"],
    ["exponent quantity", "memory: 1Gi", "memory: 1e9", undefined],
    ["decimal cpu", "cpu: 500m", "cpu: '.5'", undefined],
    ["empty host", "host: llm.example.com", "host: ''", "it is empty"],
    ["host with scheme", "host: llm.example.com", "host: https://llm.example.com", "no scheme"],
    ["host with path", "host: llm.example.com", "host: llm.example.com/v1", "no path"],
    ["host with space", "host: llm.example.com", "host: 'llm example.com'", "white space"],
    ["host with port", "host: llm.example.com", "host: llm.example.com:8443", "no port"],
    ["IP host", "host: llm.example.com", "host: 192.168.0.10", "IP address"],
    ["upper-case host", "host: llm.example.com", "host: LLM.example.com", "upper-case"],
    ["inner wildcard", "host: llm.example.com", "host: 'llm.*.com'", "wildcard"],
    ["wildcard host", "host: llm.example.com", "host: '*.example.com'", undefined],
    ["empty image", IMAGE, "image: ''", 'image "" is not an image reference: it is empty'],
    ["image with space", IMAGE, "image: 'litellm :1'", "white space"],
    ["upper-case repository", IMAGE, "image: ghcr.io/BerriAI/litellm:v1.0.0", "lower-case"],
    ["tag too long", IMAGE, `image: litellm:v1${"x".repeat(130)}`, "not an image reference"],
    ["registry port and digest", IMAGE, `image: registry.local:5000/berriai/litellm:v1.2@sha256:${"ab".repeat(32)}`, undefined],
  ];
  it.each(cases)("%s", async (_what, from, to, expected) => {
    const dir = quickstart({}, (text) => {
      expect(text).toContain(from);
      return text.replace(from, to);
    });
    const errors = (await diagnosticsOf(dir)).filter((d) => d.severity === "error");
    if (expected === undefined) {
      expect(errors).toEqual([]);
      return;
    }
    const line = lineIn(dir, "instance.yaml", to.split("\n")[0]!);
    expect(errors.map((d) => [d.file, d.line])).toEqual([["instance.yaml", line]]);
    expect(errors[0]!.message).toContain(expected);
    expect(errors[0]!.code).toMatch(/^LG(3023|2004)$/);
  });

  it("extraEnvVars: names Kubernetes refuses, value with valueFrom, neither, and not one source", async () => {
    const dir = quickstart({}, (text) =>
      text.replace(
        "  replicas: 2\n",
        `  replicas: 2
  extraEnvVars:
    - {name: "", value: a}
    - {name: "A=B", value: b}
    - {name: "TAB\\tNAME", value: c}
    - {name: "dotted.name-ok", value: d}
    - {name: BOTH, value: e, valueFrom: {secretKeyRef: {name: s, key: k}}}
    - {name: NEITHER}
    - {name: EMPTY_OK, value: ""}
    - {name: NO_SOURCE, valueFrom: {}}
`,
      ),
    );
    const errors = (await diagnosticsOf(dir)).filter((d) => d.severity === "error");
    const line = (text: string) => lineIn(dir, "instance.yaml", text);
    expect(errors.map((d) => [d.code, d.line, d.message])).toEqual([
      ["LG3023", line('name: ""'), 'environment variable name "" is not valid: it is empty'],
      ["LG3023", line('name: "A=B"'), "environment variable name \"A=B\" is not valid: it contains '='"],
      ["LG3023", line("TAB"), 'environment variable name "TAB\\tNAME" is not valid: it contains a character that is not printable ASCII'],
      ["LG3023", line("name: BOTH"), "environment variable BOTH has both value and valueFrom"],
      ["LG3023", line("name: NEITHER"), "environment variable NEITHER has neither value nor valueFrom"],
      ["LG3023", line("name: NO_SOURCE"), "valueFrom of environment variable NO_SOURCE names 0 sources; Kubernetes takes exactly one"],
    ]);
  });

  it("the CompilerConfig's images and the sync Job's resources too", async () => {
    const dir = quickstart();
    const file = path.join(dir, "compiler-config.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("  defaults:\n    namespace: ai-platform\n", "  defaults:\n    namespace: ai-platform\n    image: 'Not An Image'\n  access:\n    image: node\n    resources: {limits: {memory: 256MB}}\n"),
    );
    const errors = (await diagnosticsOf(dir)).filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.file, d.line])).toEqual([
      ["LG3023", "compiler-config.yaml", lineIn(dir, "compiler-config.yaml", "Not An Image")],
      ["LG3023", "compiler-config.yaml", lineIn(dir, "compiler-config.yaml", "256MB")],
    ]);
  });
});

describe("names that reach config.yaml or LiteLLM's database", { timeout: 60_000 }, () => {
  it.each([
    ["empty", '""', "is empty"],
    ["blank", '"  "', "is empty"],
    ["right-to-left override", '"gpt-4o\\u202Eoi"', "U+202E"],
    ["left-to-right isolate", '"\\u2066gpt-4o"', "U+2066"],
    ["zero-width space", '"gpt\\u200B-4o"', "U+200B"],
    ["escape sequence", '"gpt\\e[2J"', "U+001B"],
    ["tab", '"gpt\\t4o"', "U+0009"],
    ["line separator", '"gpt\\u20284o"', "U+2028"],
    ["leading space", '" gpt-4o"', "white space"],
    ["unicode letters are fine", '"gpt-4o-ünïcode 模型"', undefined],
  ])("modelName %s", async (_what, written, expected) => {
    const dir = quickstart({ "models/named.yaml": costModel("named", "").replace("  modelName: named\n", `  modelName: ${written}\n`) });
    const errors = (await diagnosticsOf(dir)).filter((d) => d.severity === "error");
    if (expected === undefined) {
      expect(errors).toEqual([]);
      return;
    }
    expect(errors.map((d) => [d.code, d.file, d.line])).toEqual([["LG3024", "models/named.yaml", lineIn(dir, "models/named.yaml", "modelName:")]]);
    expect(errors[0]!.message).toContain(expected);
    // What a terminal gets is escaped: no raw control or bidi character.
    const text = await cli(dir, ["validate"]);
    expect(text.stderr + text.stdout).not.toMatch(/[\u202e\u2066\u200b\u001b\u2028]/);
  });

  it("an instance's model entries and access aliases too", async () => {
    const dir = quickstart(
      {
        "team.yaml": `apiVersion: auth.litellm.ai/v1alpha1
kind: Team
metadata: {name: research, namespace: ai-platform}
spec:
  connectionRef: {instanceRef: {name: gateway}}
  teamAlias: "research\\u202E"
`,
      },
      (text) =>
        text.replace(
          "  replicas: 2\n",
          `  replicas: 2
  models:
    - identifier: ""
      requiresAuth: false
      liteLLMParams: {model: openai/gpt-4o, apiKey: os.environ/OPENAI_API_KEY}
    - identifier: named
      requiresAuth: false
      modelName: "x\\u200Fy"
      liteLLMParams: {model: openai/gpt-4o, apiKey: os.environ/OPENAI_API_KEY}
`,
        ),
    );
    const errors = (await diagnosticsOf(dir)).filter((d) => d.code === "LG3024");
    expect(errors.map((d) => [d.file, d.line]).sort()).toEqual(
      [
        ["instance.yaml", lineIn(dir, "instance.yaml", 'identifier: ""')],
        ["instance.yaml", lineIn(dir, "instance.yaml", "u200F")],
        ["team.yaml", lineIn(dir, "team.yaml", "teamAlias")],
      ].sort(),
    );
  });
});

describe("fallback cycles", { timeout: 60_000 }, () => {
  const MODELS = ["a", "b", "c", "d"].map((n) => costModel(n, ""));
  const files = Object.fromEntries(MODELS.map((text, i) => [`models/${"abcd"[i]}.yaml`, text]));

  async function cycleWarnings(router: string, litellm = ""): Promise<Array<Found & { text: string }>> {
    const dir = quickstart(files, (text) =>
      text.replace("    fallbacks:\n      - gpt-4o: [claude-sonnet]\n", router).replace("    drop_params: true\n", `    drop_params: true\n${litellm}`),
    );
    const all = await diagnosticsOf(dir);
    expect(all.filter((d) => d.severity === "error")).toEqual([]);
    // Lines as the text of the line, so that the quick start may change above it.
    const lines = readFileSync(path.join(dir, "instance.yaml"), "utf8").split("\n");
    return all.filter((d) => d.code === "LG3025").map((d) => ({ ...d, text: lines[d.line - 1]!.trim() }));
  }

  it("a model that falls back to itself, a circle of two and of three, each once, at its first entry", async () => {
    const warnings = await cycleWarnings(`    fallbacks:
      - a: [a]
      - b: [c]
      - c: [d, b]
      - gpt-4o: [claude-sonnet]
    context_window_fallbacks:
      - a: [b]
      - b: [c]
      - c: [a]
      - d: [a]
`);
    expect(warnings.map((d) => [d.severity, d.text, d.column, d.message.split(" goes round")[0], /circle: ([^;]*)/.exec(d.message)![1]])).toEqual([
      ["warning", "- a: [a]", 9, "router_settings.fallbacks", "a → a"],
      ["warning", "- b: [c]", 9, "router_settings.fallbacks", "b → c → b"],
      ["warning", "- a: [b]", 9, "router_settings.context_window_fallbacks", "a → b → c → a"],
    ]);
  });

  it("chains that end, and the same in litellm_settings", async () => {
    expect(await cycleWarnings(`    fallbacks:\n      - a: [b, c]\n      - b: [c]\n      - c: [gpt-4o]\n`)).toEqual([]);
    const warnings = await cycleWarnings("", "    fallbacks:\n      - a: [b]\n      - b: [a]\n");
    expect(warnings.map((d) => d.message.split(" goes round")[0])).toEqual(["litellm_settings.fallbacks"]);
  });

  it("a hostile list (2,000 groups in one circle, each also pointing at every tenth) is one warning", async () => {
    const groups = Array.from({ length: 2000 }, (_, i) => `g${i}`);
    const list = groups.map((g, i) => `      - ${g}: [${groups[(i + 1) % groups.length]}, ${groups[(i * 10) % groups.length]}]\n`).join("");
    const dir = quickstart({}, (text) => text.replace("    fallbacks:\n      - gpt-4o: [claude-sonnet]\n", `    fallbacks:\n${list}`));
    const warnings = (await diagnosticsOf(dir)).filter((d) => d.code === "LG3025");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.line).toBe(lineIn(dir, "instance.yaml", "- g0:"));
  });
});

describe("a float stays a float", { timeout: 60_000 }, () => {
  it("!!float 1, 1.0 and 1e3 in settings and passthrough params are floats to PyYAML in config.yaml; integers stay integers; a second (cached) run writes the same", async () => {
    const dir = quickstart(
      {
        "models/floats.yaml": costModel("floats", "    additionalProp1:\n      temperature: !!float 1\n      top_p: 1.0\n      seed: 7\n      nested: {scale: 2.0, steps: [1, 2.0, !!float 3]}\n"),
      },
      (text) =>
        text
          .replace("    drop_params: true\n", "    drop_params: true\n    request_timeout: !!float 600\n    max_budget: 1e3\n    num_retries_plain: 3\n")
          .replace("    num_retries: 2\n", "    num_retries: 2\n    retry_after: !!float 0\n"),
    );
    const first = await cli(dir, ["build", "--format", "json"]);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const file = path.join(dir, "rendered/ai-platform/gateway/config.yaml");
    const text = readFileSync(file, "utf8");
    const types = pyyamlTypes(text);
    const model = (parse(text) as { model_list: Array<{ model_name: string }> }).model_list.findIndex((m) => m.model_name === "floats");
    const params = `/model_list/${model}/litellm_params`;
    expect({
      request_timeout: types["/litellm_settings/request_timeout"],
      max_budget: types["/litellm_settings/max_budget"],
      num_retries_plain: types["/litellm_settings/num_retries_plain"],
      retry_after: types["/router_settings/retry_after"],
      num_retries: types["/router_settings/num_retries"],
      temperature: types[`${params}/temperature`],
      top_p: types[`${params}/top_p`],
      seed: types[`${params}/seed`],
      scale: types[`${params}/nested/scale`],
      steps: [0, 1, 2].map((i) => types[`${params}/nested/steps/${i}`]),
    }).toEqual({
      request_timeout: "float",
      max_budget: "float",
      num_retries_plain: "int",
      retry_after: "float",
      num_retries: "int",
      temperature: "float",
      top_p: "float",
      seed: "int",
      scale: "float",
      steps: ["int", "float", "float"],
    });
    expect(text).toContain("request_timeout: 600.0");
    // The parse cache keeps the floats: a second run changes nothing.
    const check = await cli(dir, ["build", "--check"]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("!!float on something that is no number is a located error, never a string", async () => {
    const dir = quickstart({}, (text) => text.replace("    drop_params: true\n", "    drop_params: true\n    temperature: !!float warm\n"));
    const found = await diagnosticsOf(dir);
    expect(found.map((d) => [d.code, d.line])).toEqual([["LG1003", lineIn(dir, "instance.yaml", "!!float warm")]]);
    expect(found[0]!.message).toContain('!!float "warm" is not a number');
  });
});
