import { describe, expect, it } from "vitest";
import type { CompilerSettings, InstanceIR } from "../src/compiler/ir.js";
import { emitExternalSecrets } from "../src/emitters/external-secrets.js";
import { emitInstanceObjects, objectFileName, type K8sObject } from "../src/emitters/kubernetes/index.js";
import { checkRemoteRefTemplates, checkTemplate, compileTemplate, renderRemoteRef, TemplateError } from "../src/compiler/remote-key.js";
import { CONFIG_YAML, deepFreeze, defaultSettings, fullInstance, minimalInstance } from "./support/ir-fixtures.js";
import { INSTANCE, compileDir, writeProject } from "./support/project.js";
import { validateUpstream } from "./support/upstream-schemas.js";

interface ExternalSecretView {
  metadata: { name: string; namespace: string; labels: Record<string, string> };
  spec: {
    refreshInterval: string;
    secretStoreRef: { kind: string; name: string };
    target: { name: string; creationPolicy: string };
    data: Array<{ secretKey: string; remoteRef: { key: string; property: string } }>;
  };
}
const view = (objects: K8sObject[]) => objects as unknown as ExternalSecretView[];

describe("emitExternalSecrets", () => {
  it.each([
    ["full instance", fullInstance],
    ["minimal instance", minimalInstance],
  ])("validates against the upstream ExternalSecret schema (%s)", (_label, make) => {
    const objects = emitExternalSecrets(make(), defaultSettings());
    expect(objects.length).toBeGreaterThan(0);
    for (const obj of objects) {
      const result = validateUpstream(obj);
      expect(result.errors, obj.metadata.name).toEqual([]);
      expect(result.schema).toBe("crds/externalsecret_v1.json");
    }
  });

  it("emits one ExternalSecret per Secret, named as the Secret, with the IR's keys in order", () => {
    const instance = fullInstance();
    const objects = view(emitExternalSecrets(instance, defaultSettings()));
    expect(objects.map((o) => o.metadata.name)).toEqual(instance.secrets.map((s) => s.name));
    objects.forEach((o, i) => {
      const secret = instance.secrets[i]!;
      expect(o.metadata.namespace).toBe(instance.namespace);
      expect(o.spec.target).toEqual({ name: secret.name, creationPolicy: "Owner" });
      expect(o.spec.data.map((d) => d.secretKey)).toEqual(secret.keys.map((k) => k.key));
    });
  });

  it("reads each key at the remote reference the IR carries, and renders no template itself", () => {
    const instance = fullInstance();
    const redis = instance.secrets.find((s) => s.name === "redis-secret")!;
    redis.keys[0]!.remoteRef = { key: "vault/any/{{secretName}}", property: "p&=" };
    // Templates in the settings that would render something else, or fail: the emitter never looks at them.
    const settings: CompilerSettings = { ...defaultSettings(), remoteKeyTemplate: "{{nope}}", remotePropertyTemplate: "{{#if x}}" };
    const data = view(emitExternalSecrets(instance, settings)).find((o) => o.metadata.name === "redis-secret")!.spec.data;
    expect(data[0]).toEqual({ secretKey: "host", remoteRef: { key: "vault/any/{{secretName}}", property: "p&=" } });
    expect(data[1]).toEqual({ secretKey: "password", remoteRef: { key: "litellm/litellm/redis-secret", property: "password" } });
  });

  it("takes the store and refresh interval from the settings", () => {
    const settings: CompilerSettings = { ...defaultSettings(), secretStore: { kind: "SecretStore", name: "vault" }, refreshInterval: "15m" };
    for (const o of view(emitExternalSecrets(fullInstance(), settings))) {
      expect(o.spec.secretStoreRef).toEqual({ kind: "SecretStore", name: "vault" });
      expect(o.spec.refreshInterval).toBe("15m");
    }
  });

  it("emits nothing when Secrets are managed elsewhere, while the env wiring stays", () => {
    const settings = { ...defaultSettings(), externalSecrets: false };
    expect(emitExternalSecrets(fullInstance(), settings)).toEqual([]);
    // The instance's objects take no settings at all: the Deployment reads the same Secret keys either way.
    const env = (emitInstanceObjects(fullInstance(), CONFIG_YAML).find((o) => o.kind === "Deployment") as unknown as {
      spec: { template: { spec: { containers: Array<{ env: Array<{ valueFrom?: { secretKeyRef?: unknown } }> }> } } };
    }).spec.template.spec.containers[0]!.env;
    expect(env.filter((e) => e.valueFrom?.secretKeyRef !== undefined)).toHaveLength(fullInstance().env.length - 1);
  });

  it("produces every secretKeyRef the Deployment reads", () => {
    const instance = fullInstance();
    const produced = new Set(
      view(emitExternalSecrets(instance, defaultSettings())).flatMap((o) => o.spec.data.map((d) => `${o.spec.target.name}/${d.secretKey}`)),
    );
    const deployment = emitInstanceObjects(instance, CONFIG_YAML).find((o) => o.kind === "Deployment")!;
    const refs: string[] = [];
    JSON.stringify(deployment, (k, v: unknown) => {
      if (k === "secretKeyRef") {
        const ref = v as { name: string; key: string };
        refs.push(`${ref.name}/${ref.key}`);
      }
      return v;
    });
    expect(refs.length).toBe(instance.env.length - 1); // all but LITELLM_LOG, a plain value
    for (const ref of refs) expect(produced, ref).toContain(ref);
  });

  it("labels with the recommended labels but not the selector label", () => {
    for (const o of view(emitExternalSecrets(fullInstance(), defaultSettings()))) {
      expect(o.metadata.labels).not.toHaveProperty("app");
      expect(o.metadata.labels).toMatchObject({ "app.kubernetes.io/instance": "litellm-example", "app.kubernetes.io/managed-by": "litellm-gitops" });
    }
  });

  it("gives each ExternalSecret its own file", () => {
    const files = emitExternalSecrets(fullInstance(), defaultSettings()).map(objectFileName);
    expect(files).toContain("externalsecret-postgres-secret.yaml");
    expect(new Set(files).size).toBe(files.length);
  });

  it("is pure: frozen input, same output twice", () => {
    const instance: InstanceIR = deepFreeze(fullInstance());
    const settings = deepFreeze(defaultSettings());
    const first = emitExternalSecrets(instance, settings);
    expect(emitExternalSecrets(instance, settings)).toStrictEqual(first);
    expect(instance).toStrictEqual(fullInstance());
  });
});

describe("checkTemplate", () => {
  it("accepts the defaults and every documented variable", () => {
    expect(checkTemplate("litellm/{{namespace}}/{{secretName}}")).toBeUndefined();
    expect(checkTemplate("{{key}}")).toBeUndefined();
    expect(checkTemplate("{{instance}}-{{namespace}}-{{secretName}}-{{key}}{{! a comment }}")).toBeUndefined();
    expect(checkTemplate("literal/path")).toBeUndefined();
  });

  it("reports an unknown variable by name", () => {
    const message = checkTemplate("litellm/{{secret}}");
    expect(message).toMatch(/"secret"/);
    expect(message).toMatch(/secretName/); // says what is available
  });

  it.each([
    ["a parse error", "litellm/{{namespace"],
    ["a block helper", "{{#if namespace}}x{{/if}}"],
    ["a helper call", '{{lookup namespace "x"}}'],
    ["a nested path", "{{namespace.length}}"],
    ["a data variable", "{{@root.namespace}}"],
    ["a parent scope", "{{../namespace}}"],
    ["a partial", "{{> key}}"],
    ["a literal", '{{"x"}}'],
  ])("rejects %s", (_label, source) => {
    const message = checkTemplate(source);
    expect(message).toBeTypeOf("string");
    expect(message).not.toMatch(/\n/);
  });

  it("rejects a template that renders empty or with whitespace", () => {
    expect(checkTemplate("")).toMatch(/empty/);
    expect(checkTemplate("{{! only a comment }}")).toMatch(/empty/);
    expect(checkTemplate("litellm/ {{namespace}}")).toMatch(/whitespace/);
    expect(checkTemplate("{{namespace}}\n")).toMatch(/whitespace/);
  });
});

describe("checkRemoteRefTemplates", () => {
  it("accepts pairs that tell every Secret key apart", () => {
    expect(checkRemoteRefTemplates("litellm/{{namespace}}/{{secretName}}", "{{key}}")).toBeUndefined();
    expect(checkRemoteRefTemplates("{{secretName}}-{{key}}", "value")).toBeUndefined();
  });

  it("names what is missing when different keys would share a remote value", () => {
    expect(checkRemoteRefTemplates("litellm/{{namespace}}", "{{key}}")).toMatch(/\{\{secretName\}\}/);
    const both = checkRemoteRefTemplates("litellm/{{namespace}}", "value");
    expect(both).toMatch(/secretName/);
    expect(both).toMatch(/\{\{key\}\}/);
  });
});

describe("compileTemplate", () => {
  it("compiles each source once", () => {
    expect(compileTemplate("a/{{key}}")).toBe(compileTemplate("a/{{key}}"));
  });

  it("throws a TemplateError naming a missing variable", () => {
    const t = compileTemplate("{{namespace}}/{{secretName}}");
    const attempt = () => t.render({ namespace: "litellm" });
    expect(attempt).toThrow(TemplateError);
    try {
      attempt();
    } catch (e) {
      expect((e as TemplateError).variable).toBe("secretName");
      expect((e as TemplateError).template).toBe("{{namespace}}/{{secretName}}");
    }
  });

  it("throws a TemplateError for an unknown variable, never renders it empty", () => {
    expect(() => compileTemplate("litellm/{{secret}}")).toThrow(TemplateError);
    try {
      compileTemplate("litellm/{{secret}}");
    } catch (e) {
      expect((e as TemplateError).variable).toBe("secret");
    }
  });

  it("renders a remoteRef from both templates", () => {
    expect(
      renderRemoteRef(
        { remoteKeyTemplate: "kv/{{namespace}}/{{instance}}", remotePropertyTemplate: "{{secretName}}-{{key}}" },
        { namespace: "ns", instance: "proxy", secretName: "s", key: "k" },
      ),
    ).toEqual({ key: "kv/ns/proxy", property: "s-k" });
  });
});

describe("remote references, rendered by the resolver", () => {
  const CONFIG = (spec: string) => `apiVersion: litellm-gitops.dev/v1alpha1\nkind: CompilerConfig\nmetadata: {name: c}\nspec:\n${spec}`;
  const REDIS = INSTANCE + "  redisSecretRef:\n    nameRef: redis-secret\n    keys: {hostSecret: host, portSecret: port, passwordSecret: password}\n";
  const refs = (files: Record<string, string>) => {
    const outcome = compileDir(writeProject(files));
    expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    return Object.fromEntries(outcome.result!.instances[0]!.secrets.flatMap((s) => s.keys.map((k) => [`${s.name}/${k.key}`, k.remoteRef])));
  };

  it("renders the default remote key and property", () => {
    expect(refs({ "i.yaml": REDIS })).toEqual({
      "proxy-master-key/masterKey": { key: "litellm/ai/proxy-master-key", property: "masterKey" },
      "redis-secret/host": { key: "litellm/ai/redis-secret", property: "host" },
      "redis-secret/password": { key: "litellm/ai/redis-secret", property: "password" },
      "redis-secret/port": { key: "litellm/ai/redis-secret", property: "port" },
    });
  });

  it("renders custom templates over namespace, secretName, key and instance, without HTML escaping", () => {
    const config = CONFIG('  remoteKeyTemplate: "{{instance}}/{{namespace}}/{{secretName}}"\n  remotePropertyTemplate: "{{secretName}}.{{key}}&="\n');
    expect(refs({ "i.yaml": REDIS, "c.yaml": config })["redis-secret/host"]).toEqual({ key: "proxy/ai/redis-secret", property: "redis-secret.host&=" });
  });

  it("reports a template that cannot be rendered as LG4005 at its field, and builds nothing", () => {
    const outcome = compileDir(writeProject({ "i.yaml": REDIS, "c.yaml": CONFIG('  remoteKeyTemplate: "litellm/{{secret}}"\n') }));
    const d = outcome.diagnostics.find((x) => x.code === "LG4005");
    expect(d).toMatchObject({ file: "c.yaml", line: 5 });
    expect(d!.message).toContain('"secret"');
    expect(outcome.result).toBeUndefined();
  });
});
