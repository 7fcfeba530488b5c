// No format ever prints a credential value, not even inside a code frame. Unit tests of the
// mask (src/cli/redact.ts) on every shape a credential can take in YAML, then the CLI: a
// project full of literal credentials, run through every command and format, must not print
// one of them anywhere.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { redactLines } from "../src/cli/redact.js";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

describe("redactLines", () => {
  const cases: Array<[string, string, string[]]> = [
    ["a plain value", "  apiKey: sk-live-abcdef123456", ["sk-live-abcdef123456"]],
    ["a quoted key and value", `  "apiKey": "sk-live-quoted"`, ["sk-live-quoted"]],
    ["a list item", "  - masterKey: sk-master-999", ["sk-master-999"]],
    ["a list item with a continuation", "  - masterKey: sk-master-first\n      sk-master-second\n    name: sibling", ["sk-master-first", "sk-master-second"]],
    ["an anchored value", "  masterKey: &key sk-master-anchored", ["sk-master-anchored"]],
    ["snake case in settings", "    master_key: sk-general\n    redis_password: hunter2", ["sk-general", "hunter2"]],
    ["a flow mapping", "  litellmParams: {model: openai/gpt-4o, apiKey: sk-live-flow}", ["sk-live-flow"]],
    ["a nested flow mapping", "  models: [{identifier: a, liteLLMParams: {apiKey: sk-live-nested}}]", ["sk-live-nested"]],
    ["a block scalar", "  vertexCredentials: |\n    {\"type\": \"service_account\",\n     \"private_key\": \"PRIVATE-PK\"}\n  other: x", ["PRIVATE-PK", "service_account"]],
    ["a folded scalar", "  token: >-\n    folded-secret\n    more-secret", ["folded-secret", "more-secret"]],
    ["a multi-line quoted string", '  vertexCredentials: "{\\"type\\": \\"service_account\\",\n    \\"private_key\\": \\"QUOTED-PK\\"}"', ["QUOTED-PK"]],
    ["a multi-line plain scalar", "  apiKey: sk-live-first\n    sk-live-second", ["sk-live-first", "sk-live-second"]],
    ["a value on the next line", "  password:\n    sk-next-line", ["sk-next-line"]],
    ["a commented-out key", "  # apiKey: sk-live-commented", ["sk-live-commented"]],
    ["a URL-style secret key", "  aws_secret_access_key: wJalrXUtnFEMI", ["wJalrXUtnFEMI"]],
    [
      "a Secret's stringData and data",
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  config.json: '{"a": "hunter2-secret"}'\ndata:\n  blob: ${b64("data-secret")}\n`,
      ["hunter2-secret", b64("data-secret")],
    ],
    ["a Secret in flow style", `{apiVersion: v1, kind: Secret, metadata: {name: s}, stringData: {anything: flow-secret}}`, ["flow-secret"]],
    ["a Secret's flow data on its own line", `apiVersion: v1\nkind: Secret\nstringData: {token: hunter2-secret}`, ["hunter2-secret"]],
  ];

  it.each(cases)("masks %s", (_name, text, secrets) => {
    const lines = redactLines(text);
    expect(lines).toHaveLength(text.split("\n").length);
    const out = lines.join("\n");
    for (const secret of secrets) expect(out).not.toContain(secret);
    expect(out).toContain("****");
  });

  it("masks a file that does not parse, line by line", () => {
    const text = "spec:\n  apiKey: sk-live-broken\n  litellmParams: {apiKey: sk-live-broken-flow\n  : : :\n  token: |\n    block-secret\n";
    const out = redactLines(text).join("\n");
    for (const secret of ["sk-live-broken", "sk-live-broken-flow", "block-secret"]) expect(out).not.toContain(secret);
  });

  it("keeps keys, references and ordinary values visible", () => {
    const text = [
      "spec:",
      "  litellmParams:",
      "    model: openai/gpt-4o",
      "    apiKey: os.environ/OPENAI_API_KEY",
      '    inputCostPerToken: "-1"',
      "    input_cost_per_token: 0.5",
      "  modelSecretRef:",
      "    secretName: openai",
      "  modelCredentials:",
      "    nameRef: bedrock-credentials",
      "  routerSettings: {routing_strategy: simple-shuffle, redis_password: os.environ/REDIS_PASSWORD}",
      "  extraEnvVars:",
      "    - key: os.environ/X",
      "      name: visible-sibling",
      "  # apiKey: os.environ/OPENAI_API_KEY",
      "    indented-after-comment: visible",
    ].join("\n");
    expect(redactLines(text).join("\n")).toBe(text);
  });

  it("masks a list item's continuation lines, not the item's next keys", () => {
    expect(redactLines("x:\n  - masterKey: sk-master-first\n      sk-master-second\n    name: sibling\n")).toEqual([
      "x:",
      "  - masterKey: ****",
      "      ****",
      "    name: sibling",
      "",
    ]);
  });

  it("keeps line numbers: CRLF input gives the same lines", () => {
    const lf = "a: 1\napiKey: sk-live-x\nb: 2\n";
    expect(redactLines(lf.replace(/\n/g, "\r\n"))).toEqual(redactLines(lf));
    expect(redactLines(lf)[1]).toBe("apiKey: ****");
  });

  it("gives up gracefully on a pathological file, masking by lines", () => {
    const deep = "apiKey: sk-live-deep\nx: " + "[".repeat(20_000) + "]".repeat(20_000);
    expect(redactLines(deep)[0]).toBe("apiKey: ****");
  });
});

describe("no credential value reaches stdout or stderr", () => {
  const SECRETS = [
    "sk-live-abcdef123456",
    "sk-master-999",
    "hunter2-secret",
    "c3VwZXItc2VjcmV0LXBhc3N3b3Jk",
    "super-secret-password",
    "sk-flow-777",
    "PRIVATE-KEY-LINE",
    "sk-settings-555",
    "AKIAABCDEFGHIJKLMNOP",
  ];
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "lg-redact-"));
    const write = (file: string, text: string) => {
      mkdirSync(join(dir, file, ".."), { recursive: true });
      writeFileSync(join(dir, file), text);
    };
    write(
      "instance.yaml",
      `apiVersion: litellm.litellm.ai/v1alpha1
kind: LiteLLMInstance
metadata:
  name: proxy
spec:
  masterKey: sk-master-999
  models:
    - identifier: flow
      modelName: flow
      requiresAuth: false
      liteLLMParams: {model: openai/gpt-4o, apiKey: sk-flow-777}
  generalSettings:
    alerting_webhook_token: sk-settings-555
`,
    );
    write(
      "models/openai.yaml",
      `apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata:
  name: gpt-4o
spec:
  litellmParams:
    model: openai/gpt-4o
    apiKey: sk-live-abcdef123456
  connectionRef:
    instanceRef:
      name: proxy
  modelSecretRef: {}
---
apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata:
  name: gemini
spec:
  litellmParams:
    model: vertex_ai/gemini-1.5-pro
    vertexCredentials: "{\\"type\\": \\"service_account\\",
      \\"private_key\\": \\"PRIVATE-KEY-LINE\\"}"
  connectionRef:
    instanceRef:
      name: proxy
  modelSecretRef: {}
---
apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata:
  name: claude
spec:
  litellmParams:
    model: bedrock/anthropic.claude-3-sonnet-20240229-v1:0
    awsAccessKeyId: AKIAABCDEFGHIJKLMNOP
  connectionRef:
    instanceRef:
      name: proxy
  modelSecretRef: {}
`,
    );
    write(
      "secret.yaml",
      `apiVersion: v1
kind: Secret
metadata:
  name: openai
stringData: {token: hunter2-secret}
data:
  password: ${b64("super-secret-password")}
`,
    );
    // A file that does not parse, next to a secret: only the line patterns protect it.
    write("broken.yaml", `apiVersion: litellm.litellm.ai/v1alpha1\nkind: Model\nspec:\n  litellmParams:\n    apiKey: sk-live-abcdef123456\n    model: "unclosed\n`);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const commands = [["validate"], ["validate", "--strict"], ["render"], ["list"]];
  const formats = ["text", "json", "github"];
  const runs = commands.flatMap((command) => formats.flatMap((format) => [false, true].map((color) => [command, format, color] as const)));

  it.each(runs)("%j --format %s (colour %s)", async (command, format, color) => {
    let stdout = "";
    let stderr = "";
    const io: Io = { cwd: dir, env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, color };
    const code = await main([...command, "--format", format], io);
    expect(code).toBe(1);
    // The run did report the problems at those lines…
    expect(stdout + stderr).toContain("LG3008");
    expect(stdout + stderr).toContain("LG3009");
    // …without printing what is there.
    for (const secret of SECRETS) {
      expect(stdout, `${secret} on stdout`).not.toContain(secret);
      expect(stderr, `${secret} on stderr`).not.toContain(secret);
    }
  });
});
