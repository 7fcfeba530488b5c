// src/litellm/: the one home of what we know about LiteLLM. Its tables are checked against
// the schemas (the input contract), and every stage that reads an `os.environ/` reference or
// a credential must agree with it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { emitLiteLLMConfig } from "../src/emitters/litellm-config.js";
import { importFiles } from "../src/importer/index.js";
import {
  CREDENTIAL_FIELDS,
  MODEL_MODES,
  PARAMS,
  SECRET_FIELDS,
  environName,
  environNames,
  isCredentialUrl,
  isEnvironReference,
  isLiteralSecret,
  isSensitiveKey,
  litellmName,
  maskSensitive,
  MASK,
  paramByName,
  requiredCredentials,
} from "../src/litellm/index.js";
import { INSTANCE, compileDir, model, writeProject } from "./support/project.js";

const schema = (name: string) => JSON.parse(readFileSync(`schemas/${name}.schema.json`, "utf8"));
const modelSpec = schema("model").properties.spec.properties;
const instanceModel = schema("litellminstance").properties.spec.properties.models.items.properties;

describe("the parameter table", () => {
  it("has a row for every litellmParams field of the schema, and no field the schema lacks but awsSessionToken", () => {
    const fields = Object.keys(modelSpec.litellmParams.properties).filter((f) => f !== "additionalProp1" && f !== "modelInfo");
    expect(PARAMS.map((p) => p.field).filter((f) => f !== "awsSessionToken").sort()).toEqual(fields.sort());
  });

  it("marks as readable from a Secret exactly the keys modelSecretRef and modelCredentials accept", () => {
    const keys = new Set([...Object.keys(modelSpec.modelSecretRef.properties.keys.properties), ...Object.keys(instanceModel.modelCredentials.properties.keys.properties)]);
    expect([...SECRET_FIELDS].sort()).toEqual([...keys].sort());
  });

  it("maps names both ways, one LiteLLM name per field", () => {
    const names = PARAMS.flatMap((p) => ("name" in p ? [p.name] : []));
    expect(new Set(names).size).toBe(names.length);
    expect(litellmName("apiKey")).toBe("api_key");
    expect(litellmName("awsSessionToken")).toBe("aws_session_token");
    expect(litellmName("somethingElse")).toBe("somethingElse");
    expect(paramByName("vertex_credentials")?.field).toBe("vertexCredentials");
    expect(paramByName("input_cost_per_million_tokens")).toBeUndefined();
  });

  it("knows the credentials", () => {
    expect([...CREDENTIAL_FIELDS].sort()).toEqual(["apiKey", "awsAccessKeyId", "awsSecretAccessKey", "awsSessionToken", "vertexCredentials"]);
  });

  it("lists the model_info modes the schema accepts", () => {
    expect([...MODEL_MODES]).toEqual(modelSpec.modelInfo.properties.mode.enum);
  });
});

describe("provider credentials", () => {
  it.each([
    ["openai", ["apiKey"]],
    [undefined, ["apiKey"]],
    ["azure", ["apiBase", "apiKey", "apiVersion"]],
    ["bedrock", ["awsAccessKeyId", "awsSecretAccessKey"]],
    ["vertex_ai", ["vertexCredentials"]],
    ["ollama", []],
  ] as const)("%s needs %j", (provider, expected) => {
    expect(requiredCredentials(provider).sort()).toEqual([...expected]);
  });
});

describe("os.environ/ references, as LiteLLM's get_secret reads them", () => {
  it.each([
    ["os.environ/OPENAI_API_KEY", "OPENAI_API_KEY"],
    ["os.environ/MY-KEY", "MY-KEY"],
    ["os.environ/my.key", "my.key"],
    // get_secret: secret_name.replace("os.environ/", "") removes every occurrence.
    ["os.environ/os.environ/X", "X"],
    ["os.environ/", ""],
    ["OS.ENVIRON/X", undefined],
    [" os.environ/X", undefined],
    ["sk-live-abc", undefined],
    [42, undefined],
    [null, undefined],
  ])("%j reads %j", (value, name) => {
    expect(environName(value)).toBe(name);
    expect(isEnvironReference(value)).toBe(name !== undefined);
  });

  it("finds every reference at any depth", () => {
    expect([...environNames({ a: ["os.environ/A", { b: "os.environ/B-2" }], c: "x", d: 1 })]).toEqual(["A", "B-2"]);
  });
});

describe("apiKey: os.environ/MY-KEY (LG3008 used to call it a literal)", () => {
  const params = "model: openai/gpt-4o\napiKey: os.environ/MY-KEY";
  const withEnv = INSTANCE + "  extraEnvVars:\n    - name: MY-KEY\n      valueFrom: {secretKeyRef: {name: my, key: MY-KEY}}\n";

  it("compiles as a reference when the container sets the variable", () => {
    const outcome = compileDir(writeProject({ "i.yaml": withEnv, "m.yaml": model("m", params) }));
    expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const config = emitLiteLLMConfig(outcome.result!.instances[0]!) as { model_list: Array<{ litellm_params: Record<string, unknown> }> };
    expect(config.model_list[0]!.litellm_params.api_key).toBe("os.environ/MY-KEY");
  });

  it("is reported as an unset variable (LG4003), not as a literal credential, when it is not set", () => {
    const outcome = compileDir(writeProject({ "i.yaml": INSTANCE, "m.yaml": model("m", params) }));
    const codes = outcome.diagnostics.map((d) => d.code);
    expect(codes).not.toContain("LG3008");
    expect(codes).toContain("LG4003");
    expect(outcome.diagnostics.find((d) => d.code === "LG4003")!.message).toContain("os.environ/MY-KEY");
  });

  it("is an env reference in settings too", () => {
    const instance = INSTANCE + "  routerSettings:\n    redis_password: os.environ/REDIS-PASSWORD\n";
    const outcome = compileDir(writeProject({ "i.yaml": instance }));
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(["LG4003"]);
  });

  it("`os.environ/` alone names no variable: LG4003, never a literal", () => {
    const outcome = compileDir(writeProject({ "i.yaml": INSTANCE, "m.yaml": model("m", "model: openai/gpt-4o\napiKey: os.environ/") }));
    const d = outcome.diagnostics.find((x) => x.code === "LG4003");
    expect(d?.message).toContain("names no variable");
    expect(outcome.diagnostics.map((x) => x.code)).not.toContain("LG3008");
  });

  it("is located where it is written: a list item of additionalProp1, an instance model's additionalProperties", () => {
    const params = "model: openai/gpt-4o\nadditionalProp1:\n  region_name:\n    - os.environ/UNSET_A";
    const entry =
      INSTANCE +
      "  models:\n    - identifier: e\n      modelName: e\n      requiresAuth: false\n      liteLLMParams:\n        model: ollama/x\n      additionalProperties:\n        extra_headers: {x: os.environ/UNSET_B}\n";
    const outcome = compileDir(writeProject({ "i.yaml": entry, "m.yaml": model("m", params) }));
    const found = outcome.diagnostics.filter((d) => d.code === "LG4003").map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.message.split(" ")[0]}`);
    const lineOf = (file: string, text: string) => (file === "m.yaml" ? model("m", params) : entry).split("\n").findIndex((l) => l.includes(text)) + 1;
    expect(found.sort()).toEqual([
      `i.yaml:${lineOf("i.yaml", "UNSET_B")}:${entry.split("\n")[lineOf("i.yaml", "UNSET_B") - 1]!.indexOf("os.environ") + 1} os.environ/UNSET_B`,
      `m.yaml:${lineOf("m.yaml", "UNSET_A")}:${model("m", params).split("\n")[lineOf("m.yaml", "UNSET_A") - 1]!.indexOf("os.environ") + 1} os.environ/UNSET_A`,
    ]);
  });

  describe("import", () => {
    const dirs: string[] = [];
    afterEach(() => {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    });

    it("keeps the reference, and the imported project compiles back to the same param", () => {
      const dir = mkdtempSync(path.join(tmpdir(), "lg-litellm-"));
      dirs.push(dir);
      writeFileSync(
        path.join(dir, "config.yaml"),
        "model_list:\n  - model_name: m\n    litellm_params:\n      model: openai/gpt-4o\n      api_key: os.environ/MY-KEY\n" +
          "general_settings:\n  master_key: os.environ/LITELLM_MASTER_KEY\n",
      );
      const result = importFiles(["config.yaml"], { cwd: dir, namespace: "ai", instance: "proxy" });
      expect(result.diagnostics.filter((d) => d.severity === "error" || d.code === "LG6005")).toEqual([]);
      const modelFile = [...result.files.entries()].find(([name]) => name.startsWith("models/"))!;
      const params = parseYaml(modelFile[1]).spec.litellmParams;
      expect(params.apiKey).toBe("os.environ/MY-KEY");
      const outcome = compileDir(writeProject(Object.fromEntries(result.files)));
      expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const config = emitLiteLLMConfig(outcome.result!.instances[0]!) as { model_list: Array<{ litellm_params: Record<string, unknown> }> };
      expect(config.model_list[0]!.litellm_params.api_key).toBe("os.environ/MY-KEY");
    });

    // Found by the generated-config property: REDIS_HOST is a name the compiler keeps for its
    // own Redis wiring, so a model credential read from it cannot keep the name; the importer
    // must set it on the container itself, or a second reference to it is left unset.
    it.each(["REDIS_HOST", "DATABASE_URL", "LITELLM_SALT_KEY"])("an api_key read from %s, a name the compiler keeps, still reaches every reader", (name) => {
      const dir = mkdtempSync(path.join(tmpdir(), "lg-litellm-"));
      dirs.push(dir);
      writeFileSync(
        path.join(dir, "config.yaml"),
        `model_list:\n  - model_name: a\n    litellm_params:\n      model: openai/gpt-4o\n      api_key: os.environ/${name}\n` +
          `  - model_name: a\n    litellm_params:\n      model: openai/gpt-4o\n      region_name: ["os.environ/${name}"]\n`,
      );
      const result = importFiles(["config.yaml"], { cwd: dir, namespace: "ai", instance: "proxy" });
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const outcome = compileDir(writeProject(Object.fromEntries(result.files)));
      expect(outcome.diagnostics.filter((d) => d.severity === "error").map((d) => d.message)).toEqual([]);
      const config = emitLiteLLMConfig(outcome.result!.instances[0]!) as { model_list: Array<{ litellm_params: Record<string, unknown> }> };
      expect(config.model_list[0]!.litellm_params.api_key).toBe(`os.environ/${name}`);
    });
  });
});

describe("the sensitive-value policy", () => {
  it.each([
    "apiKey",
    "api_key",
    "API-KEY",
    "master_key",
    "masterKey",
    "redis_password",
    "slack_webhook_token",
    "langfuseSecretKey",
    "aws_session_token",
    "awsAccessKeyId",
    "vertex_credentials",
    "Authorization",
    "proxy-authorization",
    "Cookie",
    "x-api-key",
    "Ocp-Apim-Subscription-Key",
    "KEY",
  ])("%s holds a credential", (key) => {
    expect(isSensitiveKey(key)).toBe(true);
  });

  it.each(["model", "input_cost_per_token", "inputCostPerToken", "max_tokens", "monkey", "key_alias", "api_base", "tpm", "routing_strategy"])(
    "%s does not",
    (key) => {
      expect(isSensitiveKey(key)).toBe(false);
    },
  );

  it.each([
    ["postgres://user:hunter2@db:5432/litellm", true],
    ["https://example.com/hook?api_key=abc", true],
    ["https://acct.blob.core.windows.net/c?sv=2022&sig=abc%3D", true],
    ["https://example.com/hook?token=", false],
    ["https://example.com/v1?page=2", false],
    // A user name alone may be the token (`https://TOKEN@host`): any userinfo counts (issue 12).
    ["postgres://user@db/litellm", true],
    ["redis://db:6379", false],
  ])("%s carries a credential: %s", (url, expected) => {
    expect(isCredentialUrl(url)).toBe(expected);
  });

  it("treats a reference as no literal, whatever the key", () => {
    expect(isLiteralSecret("api_key", "os.environ/MY-KEY")).toBe(false);
    expect(isLiteralSecret("database_url", "os.environ/DATABASE_URL")).toBe(false);
    expect(isLiteralSecret("database_url", "postgres://u:p@h/db")).toBe(true);
    expect(isLiteralSecret("api_key", "sk-live")).toBe(true);
    expect(isLiteralSecret("api_key", "")).toBe(false);
  });

  it("masks with one mask, at any depth, and leaves references visible", () => {
    expect(maskSensitive("g", { db_password: "x", ref: "os.environ/A", url: "https://h/?key=1", list: [{ token: "t" }], keep: 1 })).toEqual({
      db_password: MASK,
      ref: "os.environ/A",
      url: MASK,
      list: [{ token: MASK }],
      keep: 1,
    });
    expect(maskSensitive("api_key", "os.environ/A")).toBe("os.environ/A");
  });
});
