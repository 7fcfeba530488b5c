import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EnvEntry, InstanceIR } from "../src/compiler/ir.js";
import {
  CONFIG_HASH_ANNOTATION,
  emitInstanceObjects,
  objectFileName,
  type K8sObject,
} from "../src/emitters/kubernetes/index.js";
import { instanceKustomization, rootKustomization } from "../src/emitters/kustomization.js";
import { CONFIG_YAML, deepFreeze, fullInstance, minimalInstance } from "./support/ir-fixtures.js";
import { validateUpstream } from "./support/upstream-schemas.js";
import { runs } from "./support/property.js";

const emit = (instance: InstanceIR, config = CONFIG_YAML) => emitInstanceObjects(instance, config);

function byKind(objects: K8sObject[], kind: string): K8sObject {
  const found = objects.filter((o) => o.kind === kind);
  expect(found, `exactly one ${kind}`).toHaveLength(1);
  return found[0]!;
}

// Typed views of the parts the assertions read; the schemas check the rest.
interface Container {
  name: string;
  image: string;
  args: string[];
  env: Array<Record<string, unknown>>;
  ports: Array<{ name: string; containerPort: number }>;
  volumeMounts: Array<{ name: string; mountPath: string; readOnly?: boolean }>;
  livenessProbe: { httpGet: { path: string; port: string } };
  readinessProbe: { httpGet: { path: string; port: string } };
  startupProbe: { httpGet: { path: string; port: string }; periodSeconds: number; failureThreshold: number };
  resources?: unknown;
  securityContext: Record<string, unknown>;
}
interface DeploymentView {
  metadata: { labels: Record<string, string> };
  spec: {
    replicas: number;
    selector: { matchLabels: Record<string, string> };
    strategy: { type: string; rollingUpdate: { maxUnavailable: number } };
    template: {
      metadata: { labels: Record<string, string>; annotations: Record<string, string> };
      spec: {
        serviceAccountName: string;
        automountServiceAccountToken: boolean;
        securityContext: Record<string, unknown>;
        containers: Container[];
        volumes: Array<{ name: string; configMap?: { name: string; items: Array<{ key: string; path: string }> }; emptyDir?: object }>;
      };
    };
  };
}
const deploymentOf = (objects: K8sObject[]) => byKind(objects, "Deployment") as unknown as DeploymentView;
const containerOf = (objects: K8sObject[]) => deploymentOf(objects).spec.template.spec.containers[0]!;

describe("emitInstanceObjects", () => {
  const cases: Array<[string, () => InstanceIR]> = [
    ["full instance", fullInstance],
    ["minimal instance", minimalInstance],
  ];

  describe.each(cases)("%s", (_label, make) => {
    const instance = make();
    const objects = emit(instance);

    it("validates every object against its upstream schema", () => {
      for (const obj of objects) {
        const result = validateUpstream(obj);
        expect(result.errors, `${obj.kind} ${obj.metadata.name}`).toEqual([]);
        expect(result.schema).not.toBe("");
      }
    });

    it("puts every object in the instance namespace", () => {
      for (const obj of objects) expect(obj.metadata.namespace).toBe(instance.namespace);
    });

    it("emits plain data only (no undefined, no class instances)", () => {
      expect(JSON.parse(JSON.stringify(objects))).toStrictEqual(objects);
    });

    it("gives every object its own file, never one of the folder's other files", () => {
      const files = objects.map(objectFileName);
      expect(new Set(files).size).toBe(files.length);
      for (const f of files) {
        expect(f).toMatch(/^[a-z0-9.-]+\.yaml$/);
        expect(["config.yaml", "kustomization.yaml"]).not.toContain(f);
      }
    });

    it("keeps the env in IR order, secrets as secretKeyRef and extras as written", () => {
      const env = containerOf(objects).env;
      expect(env.map((e) => e.name)).toEqual(instance.env.map((e) => e.name));
      instance.env.forEach((entry, i) => {
        if (entry.kind === "secret") {
          expect(env[i]).toEqual({ name: entry.name, valueFrom: { secretKeyRef: { name: entry.secretName, key: entry.key } } });
        } else {
          expect(env[i]).toEqual(entry.env);
        }
      });
    });
  });

  it("uses the operator's names and selector (reference: operator/derived/sample_litellm-example_rendered-manifests.yaml)", () => {
    // From the derived manifests of the operator's sample instance `litellm-example` in `litellm`.
    const objects = emit(fullInstance());
    const names = Object.fromEntries(objects.map((o) => [o.kind, o.metadata.name]));
    expect(names.ConfigMap).toBe("litellm-example-config");
    expect(names.ServiceAccount).toBe("litellm-example-sa");
    expect(names.Deployment).toBe("litellm-example-deployment");
    expect(names.Service).toBe("litellm-example-service");
    expect(names.Ingress).toBe("litellm-example-ingress");

    const deployment = deploymentOf(objects);
    expect(deployment.spec.selector.matchLabels).toStrictEqual({ app: "litellm-litellm-example" });
    const service = byKind(objects, "Service") as unknown as { spec: { selector: Record<string, string>; type: string } };
    expect(service.spec.selector).toStrictEqual({ app: "litellm-litellm-example" });
    expect(service.spec.type).toBe("ClusterIP");
  });

  it("emits the objects in a fixed order", () => {
    expect(emit(fullInstance()).map((o) => o.kind)).toEqual([
      "ConfigMap",
      "ServiceAccount",
      "Deployment",
      "Service",
      "Ingress",
      "HTTPRoute",
      "PodDisruptionBudget",
    ]);
    expect(emit(minimalInstance()).map((o) => o.kind)).toEqual(["ConfigMap", "ServiceAccount", "Deployment", "Service"]);
  });

  it("puts the recommended labels on objects and pods, never in the selector", () => {
    const objects = emit(fullInstance());
    const deployment = deploymentOf(objects);
    const recommended = {
      "app.kubernetes.io/name": "litellm",
      "app.kubernetes.io/instance": "litellm-example",
      "app.kubernetes.io/component": "proxy",
      "app.kubernetes.io/part-of": "litellm",
      "app.kubernetes.io/managed-by": "litellm-gitops",
    };
    for (const obj of objects) expect(obj.metadata.labels).toMatchObject({ app: "litellm-litellm-example", ...recommended });
    expect(deployment.spec.template.metadata.labels).toMatchObject({ app: "litellm-litellm-example", ...recommended });
    // The pods must match the selector, or the Deployment is rejected.
    expect(deployment.spec.template.metadata.labels).toMatchObject(deployment.spec.selector.matchLabels);
  });

  it("carries config.yaml verbatim in the ConfigMap", () => {
    const text = "model_list: []\n# trailing spaces   \n\n";
    const cm = byKind(emit(minimalInstance(), text), "ConfigMap") as unknown as { data: Record<string, string> };
    expect(cm.data).toStrictEqual({ "config.yaml": text });
  });

  it("annotates the pod template with the sha256 of config.yaml, which changes with the text", () => {
    const annotation = (text: string) =>
      deploymentOf(emit(minimalInstance(), text)).spec.template.metadata.annotations[CONFIG_HASH_ANNOTATION];
    const expected = createHash("sha256").update(CONFIG_YAML, "utf8").digest("hex");
    expect(annotation(CONFIG_YAML)).toBe(expected);
    expect(annotation(CONFIG_YAML)).toMatch(/^[0-9a-f]{64}$/);
    expect(annotation(CONFIG_YAML + " ")).not.toBe(expected);
  });

  it("wires the Deployment to its ConfigMap, ServiceAccount and port", () => {
    const objects = emit(fullInstance());
    const pod = deploymentOf(objects).spec.template.spec;
    const c = containerOf(objects);
    expect(pod.serviceAccountName).toBe("litellm-example-sa");
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(c.name).toBe("litellm");
    expect(c.image).toBe(fullInstance().image);
    expect(c.args).toEqual(["--config", "/etc/litellm/config.yaml", "--port", "4000"]);
    expect(c.ports).toEqual([{ name: "http", containerPort: 4000, protocol: "TCP" }]);

    const configVolume = pod.volumes.find((v) => v.configMap !== undefined)!;
    expect(configVolume.configMap).toEqual({ name: "litellm-example-config", items: [{ key: "config.yaml", path: "config.yaml" }] });
    const mount = c.volumeMounts.find((m) => m.name === configVolume.name)!;
    expect(mount).toEqual({ name: configVolume.name, mountPath: "/etc/litellm", readOnly: true });

    // Every mount names a volume that exists.
    const volumes = new Set(pod.volumes.map((v) => v.name));
    for (const m of c.volumeMounts) expect(volumes).toContain(m.name);
    const emptyDirMounts = c.volumeMounts.filter((m) => pod.volumes.find((v) => v.name === m.name)?.emptyDir !== undefined);
    expect(emptyDirMounts.map((m) => m.mountPath).sort()).toEqual(["/.cache", "/tmp"]);
  });

  it("probes LiteLLM's health endpoints on the named port", () => {
    const c = containerOf(emit(fullInstance()));
    expect(c.livenessProbe.httpGet).toEqual({ path: "/health/liveliness", port: "http" });
    expect(c.readinessProbe.httpGet).toEqual({ path: "/health/readiness", port: "http" });
    expect(c.startupProbe.httpGet).toEqual({ path: "/health/readiness", port: "http" });
    // Room for Prisma migrations at boot: at least five minutes.
    expect(c.startupProbe.periodSeconds * c.startupProbe.failureThreshold).toBeGreaterThanOrEqual(300);
    for (const p of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
      expect(c.ports.map((port) => port.name)).toContain(p.httpGet.port);
    }
  });

  it("sets a restrictive security context that the root-running image still starts under", () => {
    const objects = emit(fullInstance());
    const pod = deploymentOf(objects).spec.template.spec;
    const c = containerOf(objects);
    expect(pod.securityContext).toEqual({ seccompProfile: { type: "RuntimeDefault" } });
    expect(c.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      capabilities: { drop: ["ALL"] },
      readOnlyRootFilesystem: false,
    });
  });

  it("rolls without dropping below the desired count", () => {
    const d = deploymentOf(emit(fullInstance()));
    expect(d.spec.replicas).toBe(3);
    expect(d.spec.strategy.type).toBe("RollingUpdate");
    expect(d.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
  });

  it("copies resources when set and omits them otherwise", () => {
    expect(containerOf(emit(fullInstance())).resources).toEqual(fullInstance().resources);
    expect(containerOf(emit(minimalInstance()))).not.toHaveProperty("resources");
  });

  it("routes / on the Ingress host to the Service's http port", () => {
    const objects = emit(fullInstance());
    const ingress = byKind(objects, "Ingress") as unknown as {
      metadata: { annotations: Record<string, string> };
      spec: {
        ingressClassName: string;
        tls: Array<{ hosts: string[]; secretName: string }>;
        rules: Array<{ host: string; http: { paths: Array<{ path: string; pathType: string; backend: { service: { name: string; port: { name: string } } } }> } }>;
      };
    };
    const service = byKind(objects, "Service") as unknown as { metadata: { name: string }; spec: { ports: Array<{ name: string }> } };
    expect(ingress.spec.rules).toHaveLength(1);
    const rule = ingress.spec.rules[0]!;
    expect(rule.host).toBe("llm.example.com");
    const root = rule.http.paths.find((p) => p.path === "/");
    expect(root?.pathType).toBe("Prefix");
    expect(root?.backend.service.name).toBe(service.metadata.name);
    expect(service.spec.ports.map((p) => p.name)).toContain(root?.backend.service.port.name);
    expect(ingress.spec.ingressClassName).toBe("nginx");
    expect(ingress.spec.tls).toEqual([{ hosts: ["llm.example.com"], secretName: "llm-example-com-tls" }]);
    expect(ingress.metadata.annotations).toEqual(fullInstance().ingress!.annotations);
  });

  it("leaves out Ingress fields the instance does not set", () => {
    const instance = { ...minimalInstance(), ingress: { host: "proxy.example.com" } };
    const objects = emit(instance);
    const ingress = byKind(objects, "Ingress");
    expect(validateUpstream(ingress).errors).toEqual([]);
    expect(ingress.metadata).not.toHaveProperty("annotations");
    expect(ingress.spec).not.toHaveProperty("ingressClassName");
    expect(ingress.spec).not.toHaveProperty("tls");
  });

  it("routes the gateway host to the Service port", () => {
    const objects = emit(fullInstance());
    const route = byKind(objects, "HTTPRoute") as unknown as {
      metadata: { name: string };
      spec: {
        parentRefs: unknown[];
        hostnames: string[];
        rules: Array<{ matches: unknown[]; backendRefs: Array<{ name: string; port: number }> }>;
      };
    };
    expect(route.metadata.name).toBe("litellm-example-httproute");
    expect(route.spec.parentRefs).toEqual(fullInstance().gateway!.parentRefs);
    expect(route.spec.hostnames).toEqual(["llm.example.com"]);
    expect(route.spec.rules).toEqual([
      { matches: [{ path: { type: "PathPrefix", value: "/" } }], backendRefs: [{ name: "litellm-example-service", port: 4000 }] },
    ]);
  });

  it("adds a PodDisruptionBudget only with more than one replica, selecting the Deployment's pods", () => {
    expect(emit({ ...minimalInstance(), replicas: 1 }).some((o) => o.kind === "PodDisruptionBudget")).toBe(false);
    const objects = emit({ ...minimalInstance(), replicas: 2 });
    const pdb = byKind(objects, "PodDisruptionBudget") as unknown as { spec: { maxUnavailable: number; selector: { matchLabels: unknown } } };
    expect(pdb.spec.maxUnavailable).toBe(1);
    expect(pdb.spec.selector.matchLabels).toStrictEqual(deploymentOf(objects).spec.selector.matchLabels);
  });

  it("is pure: frozen input, same output twice, no output aliasing the input", () => {
    const instance = deepFreeze(fullInstance());
    const first = emitInstanceObjects(instance, CONFIG_YAML);
    const second = emitInstanceObjects(instance, CONFIG_YAML);
    expect(second).toStrictEqual(first);
    expect(instance).toStrictEqual(fullInstance());
    // Outputs are fresh objects: a later stage may edit them without touching the IR.
    const c = containerOf(first);
    expect(c.resources).not.toBe(instance.resources);
    const extra = instance.env.find((e) => e.kind === "extra")!;
    expect(c.env.find((e) => e.name === extra.name)).not.toBe((extra as { env: unknown }).env);
    expect(() => {
      (c.env[0] as { name: string }).name = "CHANGED";
    }).not.toThrow();
  });

  it("keeps any env order it is given (property)", () => {
    const name = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,15}$/);
    const entry: fc.Arbitrary<EnvEntry> = fc.oneof(
      fc.record({ kind: fc.constant("secret" as const), name, secretName: fc.constantFrom("a", "b"), key: fc.constantFrom("k", "l"), purpose: fc.constant("p") }),
      name.map((n): EnvEntry => ({ kind: "extra", name: n, env: { name: n, value: "v" } })),
    );
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.name, maxLength: 12 }), (env) => {
        const c = containerOf(emit({ ...minimalInstance(), env }));
        expect(c.env.map((e) => e.name)).toEqual(env.map((e) => e.name));
      }),
      runs(100),
    );
  });
});

describe("upstream validation can fail", () => {
  it("rejects a Deployment the API server would reject", () => {
    const deployment = structuredClone(byKind(emit(minimalInstance()), "Deployment")) as unknown as DeploymentView;
    (deployment.spec as unknown as { replicas: unknown }).replicas = "three";
    (deployment.spec.template.spec.containers[0] as unknown as Record<string, unknown>).imagePullPolicy = "Sometimes";
    const result = validateUpstream(deployment);
    expect(result.ok).toBe(false);
    expect(result.errors.join("\n")).toMatch(/replicas/);
  });

  it("rejects an Ingress backend whose port name is a number", () => {
    const ingress = structuredClone(byKind(emit(fullInstance()), "Ingress")) as unknown as {
      spec: { rules: Array<{ http: { paths: Array<{ backend: { service: Record<string, unknown> } }> } }> };
    };
    ingress.spec.rules[0]!.http.paths[0]!.backend.service.port = { name: 4000 };
    expect(validateUpstream(ingress).ok).toBe(false);
  });
});

describe("objectFileName", () => {
  it("names ExternalSecret files after the Secret", () => {
    const obj: K8sObject = { apiVersion: "external-secrets.io/v1", kind: "ExternalSecret", metadata: { name: "postgres-secret", namespace: "x" } };
    expect(objectFileName(obj)).toBe("externalsecret-postgres-secret.yaml");
  });

  it("refuses a kind it has no file for", () => {
    const obj: K8sObject = { apiVersion: "v1", kind: "Secret", metadata: { name: "s", namespace: "x" } };
    expect(() => objectFileName(obj)).toThrow(/Secret/);
  });
});

describe("kustomization", () => {
  it("lists an instance's object files, sorted", () => {
    expect(instanceKustomization(["service.yaml", "configmap.yaml", "externalsecret-b.yaml", "deployment.yaml"])).toStrictEqual({
      apiVersion: "kustomize.config.k8s.io/v1beta1",
      kind: "Kustomization",
      resources: ["configmap.yaml", "deployment.yaml", "externalsecret-b.yaml", "service.yaml"],
    });
  });

  it("never lists config.yaml, itself or the helm folder", () => {
    expect(() => instanceKustomization(["configmap.yaml", "config.yaml"])).toThrow(/config\.yaml/);
    expect(() => instanceKustomization(["kustomization.yaml"])).toThrow();
    expect(() => instanceKustomization(["helm/values.yaml"])).toThrow();
  });

  it("lists instance folders at the root, sorted by code unit, not locale", () => {
    expect(rootKustomization(["team-b/proxy", "litellm/zeta", "litellm/Alpha", "litellm/alpha"]).resources).toEqual([
      "litellm/Alpha",
      "litellm/alpha",
      "litellm/zeta",
      "team-b/proxy",
    ]);
  });

  it("rejects a resource listed twice", () => {
    expect(() => rootKustomization(["a/b", "a/b"])).toThrow(/twice/);
  });

  it("does not mutate its argument", () => {
    const dirs = Object.freeze(["b/x", "a/y"]);
    rootKustomization(dirs);
    expect(dirs).toEqual(["b/x", "a/y"]);
  });
});
