// Proves the test harness itself works: every helper accepts what upstream accepts and, just as
// important, FAILS on what upstream rejects. A validator that never fails checks nothing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { kustomizeBuild, parseYamlStream } from "./support/kustomize.js";
import { PyFloat, pyyamlLoad, pyyamlLoadAll, pyyamlTypes, toPlain } from "./support/pyyaml.js";
import { schemaFileFor, validateUpstream } from "./support/upstream-schemas.js";

type Obj = Record<string, unknown>;
const y = (text: string): Obj => parse(text) as Obj;

// Realistic objects, shaped like what the compiler emits for an instance "demo" in namespace "ai".
const valid: Record<string, Obj> = {
  Deployment: y(`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: demo-deployment
  namespace: ai
  labels: { app: litellm-demo, app.kubernetes.io/managed-by: litellm-gitops }
spec:
  replicas: 2
  revisionHistoryLimit: 3
  selector:
    matchLabels: { app: litellm-demo }
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxSurge: 25%, maxUnavailable: 0 }
  template:
    metadata:
      labels: { app: litellm-demo }
      annotations: { checksum/config: 3f2a9c }
    spec:
      serviceAccountName: demo-sa
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        fsGroup: 1000
        seccompProfile: { type: RuntimeDefault }
      containers:
        - name: litellm
          image: ghcr.io/berriai/litellm:main-v1.85.1
          imagePullPolicy: IfNotPresent
          args: ["--config", "/etc/litellm/config.yaml", "--port", "4000"]
          ports:
            - { name: http, containerPort: 4000, protocol: TCP }
          env:
            - name: PROXY_MASTER_KEY
              valueFrom: { secretKeyRef: { name: demo-master-key, key: masterkey } }
            - name: OPENAI_API_KEY
              valueFrom: { secretKeyRef: { name: demo-openai, key: api-key, optional: false } }
            - { name: LITELLM_LOG, value: INFO }
          livenessProbe:
            httpGet: { path: /health/liveliness, port: http }
            initialDelaySeconds: 20
            periodSeconds: 15
          readinessProbe:
            httpGet: { path: /health/readiness, port: 4000 }
            timeoutSeconds: 5
            failureThreshold: 3
          startupProbe:
            tcpSocket: { port: http }
            failureThreshold: 30
          resources:
            requests: { cpu: 100m, memory: 512Mi }
            limits: { memory: 1Gi }
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: { drop: [ALL] }
          volumeMounts:
            - { name: config, mountPath: /etc/litellm, readOnly: true }
            - { name: tmp, mountPath: /tmp }
      volumes:
        - name: config
          configMap:
            name: demo-config
            items: [{ key: config.yaml, path: config.yaml }]
        - name: tmp
          emptyDir: { sizeLimit: 256Mi }
`),
  Service: y(`
apiVersion: v1
kind: Service
metadata: { name: demo-service, namespace: ai, labels: { app: litellm-demo } }
spec:
  type: ClusterIP
  selector: { app: litellm-demo }
  ports:
    - { name: http, port: 4000, targetPort: http, protocol: TCP }
`),
  ConfigMap: y(`
apiVersion: v1
kind: ConfigMap
metadata: { name: demo-config, namespace: ai }
data:
  config.yaml: |
    model_list:
      - model_name: gpt-4o
        litellm_params: { model: openai/gpt-4o, api_key: os.environ/OPENAI_API_KEY }
`),
  ServiceAccount: y(`
apiVersion: v1
kind: ServiceAccount
metadata: { name: demo-sa, namespace: ai }
automountServiceAccountToken: false
`),
  Ingress: y(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: demo-ingress
  namespace: ai
  annotations: { cert-manager.io/cluster-issuer: letsencrypt }
spec:
  ingressClassName: nginx
  tls:
    - hosts: [llm.example.com]
      secretName: demo-tls
  rules:
    - host: llm.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: { name: demo-service, port: { number: 4000 } }
`),
  PodDisruptionBudget: y(`
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: demo-pdb, namespace: ai }
spec:
  minAvailable: 1
  selector: { matchLabels: { app: litellm-demo } }
`),
  HorizontalPodAutoscaler: y(`
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: demo-hpa, namespace: ai }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: demo-deployment }
  minReplicas: 2
  maxReplicas: 5
  metrics:
    - type: Resource
      resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } }
`),
  ExternalSecret: y(`
apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata: { name: demo-openai, namespace: ai }
spec:
  refreshInterval: 1h
  secretStoreRef: { kind: ClusterSecretStore, name: vault }
  target: { name: demo-openai, creationPolicy: Owner }
  data:
    - secretKey: api-key
      remoteRef: { key: litellm/ai/demo/openai, property: api-key }
`),
  HTTPRoute: y(`
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: demo-route, namespace: ai }
spec:
  parentRefs:
    - { name: public, namespace: gateway, sectionName: https }
  hostnames: [llm.example.com]
  rules:
    - matches:
        - path: { type: PathPrefix, value: / }
      backendRefs:
        - { name: demo-service, port: 4000 }
`),
  Application: y(`
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: { name: litellm-demo, namespace: argocd }
spec:
  project: default
  destination: { server: "https://kubernetes.default.svc", namespace: ai }
  source:
    repoURL: ghcr.io/berriai
    chart: litellm-helm
    targetRevision: 1.85.1
    helm:
      releaseName: demo
      valuesObject:
        replicaCount: 2
        masterkeySecretName: demo-master-key
        masterkeySecretKey: masterkey
        proxy_config:
          model_list: [{ model_name: gpt-4o, litellm_params: { model: openai/gpt-4o } }]
  syncPolicy:
    automated: { prune: true, selfHeal: true }
    syncOptions: [CreateNamespace=true]
`),
  HelmRelease: y(`
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: { name: demo, namespace: ai }
spec:
  interval: 10m
  chartRef: { kind: OCIRepository, name: litellm-helm, namespace: flux-system }
  install: { remediation: { retries: 3 } }
  values:
    replicaCount: 2
    masterkeySecretName: demo-master-key
`),
  OCIRepository: y(`
apiVersion: source.toolkit.fluxcd.io/v1
kind: OCIRepository
metadata: { name: litellm-helm, namespace: flux-system }
spec:
  interval: 1h
  url: oci://ghcr.io/berriai/litellm-helm
  ref: { tag: 1.85.1 }
  layerSelector: { mediaType: application/vnd.cncf.helm.chart.content.v1.tar+gzip, operation: copy }
`),
  GitRepository: y(`
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata: { name: platform, namespace: flux-system }
spec:
  interval: 5m
  url: https://github.com/example/platform
  ref: { branch: main }
  secretRef: { name: git-credentials }
`),
  Kustomization: y(`
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: { name: litellm, namespace: flux-system }
spec:
  interval: 10m
  path: ./rendered/ai/demo
  prune: true
  wait: true
  sourceRef: { kind: GitRepository, name: platform }
  targetNamespace: ai
`),
};

const clone = (o: Obj): Obj => structuredClone(o);
// `any` on purpose: the broken variants poke deep into fixtures whose shape the test itself
// wrote above; typing every level would add noise and no safety.
const at = (o: Obj): any => o;

describe("validateUpstream routing", () => {
  it.each([
    ["v1", "ConfigMap", "k8s/configmap-v1.json"],
    ["v1", "ServiceAccount", "k8s/serviceaccount-v1.json"],
    ["apps/v1", "Deployment", "k8s/deployment-apps-v1.json"],
    ["networking.k8s.io/v1", "Ingress", "k8s/ingress-networking-v1.json"],
    ["policy/v1", "PodDisruptionBudget", "k8s/poddisruptionbudget-policy-v1.json"],
    ["autoscaling/v2", "HorizontalPodAutoscaler", "k8s/horizontalpodautoscaler-autoscaling-v2.json"],
    ["external-secrets.io/v1", "ExternalSecret", "crds/externalsecret_v1.json"],
    ["gateway.networking.k8s.io/v1", "HTTPRoute", "crds/httproute_v1.json"],
    ["argoproj.io/v1alpha1", "Application", "crds/application_v1alpha1.json"],
    ["kustomize.toolkit.fluxcd.io/v1", "Kustomization", "crds/kustomization_v1.json"],
    ["source.toolkit.fluxcd.io/v1", "OCIRepository", "crds/ocirepository_v1.json"],
    ["helm.toolkit.fluxcd.io/v2", "HelmRelease", "crds/helmrelease_v2.json"],
    // CRD groups never fall through to the built-in naming scheme.
    ["apps.example.com/v1", "Deployment", undefined],
    ["external-secrets.io/v1beta1", "ExternalSecret", undefined],
  ])("%s %s → %s", (apiVersion, kind, file) => {
    expect(schemaFileFor(apiVersion, kind)).toBe(file);
  });
});

describe("validateUpstream accepts realistic valid objects", () => {
  it.each(Object.entries(valid))("%s", (_kind, obj) => {
    const r = validateUpstream(obj);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.schema).not.toBe("");
  });
});

describe("validateUpstream rejects broken objects with a useful message", () => {
  it("Deployment with replicas as a string", () => {
    const d = clone(valid.Deployment!);
    at(d).spec.replicas = "2";
    const r = validateUpstream(d);
    expect(r.ok).toBe(false);
    expect(r.errors.join("\n")).toContain("/spec/replicas must be integer");
  });

  it("container with an unknown field", () => {
    const d = clone(valid.Deployment!);
    at(d).spec.template.spec.containers[0].imagee = "typo";
    const r = validateUpstream(d);
    expect(r.ok).toBe(false);
    expect(r.errors.join("\n")).toContain(
      "/spec/template/spec/containers/0 must NOT have additional properties (imagee)",
    );
  });

  it("unknown field in metadata (the strict k8s schemas close metadata too)", () => {
    const s = clone(valid.Service!);
    at(s).metadata.label = { app: "x" };
    expect(validateUpstream(s).errors.join("\n")).toContain("/metadata must NOT have additional properties (label)");
  });

  it("ExternalSecret without remoteRef.key", () => {
    const es = clone(valid.ExternalSecret!);
    delete at(es).spec.data[0].remoteRef.key;
    const r = validateUpstream(es);
    expect(r.ok).toBe(false);
    expect(r.errors.join("\n")).toContain("/spec/data/0/remoteRef must have required property 'key'");
  });

  it("ExternalSecret with a store kind ESO doesn't know", () => {
    const es = clone(valid.ExternalSecret!);
    at(es).spec.secretStoreRef.kind = "VaultStore";
    expect(validateUpstream(es).errors.join("\n")).toContain("/spec/secretStoreRef/kind must be equal to one of the allowed values");
  });

  it("HTTPRoute with a parentRef without name", () => {
    const rt = clone(valid.HTTPRoute!);
    delete at(rt).spec.parentRefs[0].name;
    const r = validateUpstream(rt);
    expect(r.ok).toBe(false);
    expect(r.errors.join("\n")).toContain("/spec/parentRefs/0 must have required property 'name'");
  });

  it("HelmRelease chartRef to a kind Flux doesn't allow", () => {
    const hr = clone(valid.HelmRelease!);
    at(hr).spec.chartRef.kind = "GitRepository";
    expect(validateUpstream(hr).ok).toBe(false);
  });

  it.each([
    ["example.com/v1", "Widget"],
    ["v1", "Widget"],
    ["apps/v1", "Widget"],
    ["external-secrets.io/v1beta1", "ExternalSecret"],
  ])("an object of an unknown kind (%s %s) fails, never passes silently", (apiVersion, kind) => {
    const r = validateUpstream({ apiVersion, kind, metadata: { name: "x" } });
    expect(r.ok).toBe(false);
    expect(r.schema).toBe("");
    expect(r.errors[0]).toContain(`no upstream schema for ${apiVersion} ${kind}`);
  });

  it("non-objects and objects without apiVersion/kind fail", () => {
    expect(validateUpstream(null).ok).toBe(false);
    expect(validateUpstream([valid.Service]).ok).toBe(false);
    expect(validateUpstream({ kind: "Service" }).ok).toBe(false);
  });

  it("the built-in schemas pin apiVersion/kind themselves", () => {
    // File names are lower-cased, so a mis-cased kind still finds configmap-v1.json; the
    // schema's own kind enum must then reject it.
    const d = clone(valid.ConfigMap!);
    at(d).kind = "Configmap";
    const r = validateUpstream(d);
    expect(r.ok).toBe(false);
    expect(r.errors.join("\n")).toContain("/kind must be equal to one of the allowed values (ConfigMap)");
  });
});

describe("pyyamlLoad sees YAML 1.1 types, as LiteLLM does", () => {
  it("8e-07 is a string, 8.0e-07 a float; 1 an int, 1.0 a float", () => {
    const v = pyyamlLoad("a: 8e-07\nb: 8.0e-07\nc: 1\nd: 1.0\n") as Record<string, unknown>;
    expect(v.a).toBe("8e-07");
    expect(v.b).toBeInstanceOf(PyFloat);
    expect((v.b as PyFloat).value).toBe(8e-7);
    expect(v.c).toBe(1);
    expect(v.d).toEqual(new PyFloat(1, "1.0"));
    expect(pyyamlTypes("a: 8e-07\nb: 8.0e-07\nc: 1\nd: 1.0\n")).toEqual({
      "/a": "str",
      "/b": "float",
      "/c": "int",
      "/d": "float",
    });
  });

  it("yes/on/off are booleans, quoted 'yes' is a string, ~ is null", () => {
    expect(pyyamlTypes("a: yes\nb: on\nc: off\nd: 'yes'\ne: ~\nf: \"on\"\n")).toEqual({
      "/a": "bool",
      "/b": "bool",
      "/c": "bool",
      "/d": "str",
      "/e": "null",
      "/f": "str",
    });
    expect(toPlain(pyyamlLoad("a: yes\nb: 'yes'\n"))).toEqual({ a: true, b: "yes" });
  });

  it("pointers reach into lists and escape / and ~; non-string keys are made visible", () => {
    const text = "model_list:\n  - litellm_params: { rpm: 10, temperature: 0.5 }\nx/y~z: a\non: 1\n";
    expect(pyyamlTypes(text)).toEqual({
      "/model_list/0/litellm_params/rpm": "int",
      "/model_list/0/litellm_params/temperature": "float",
      "/x~1y~0z": "str",
      "/!!bool True": "int",
    });
  });

  it("loads multi-document streams and reports PyYAML's own errors", () => {
    expect(toPlain(pyyamlLoadAll("a: 1\n---\nb: 2.5\n"))).toEqual([{ a: 1 }, { b: 2.5 }]);
    expect(() => pyyamlLoad("a: [1, 2\n")).toThrow(/PyYAML safe_load failed/);
  });
});

describe("kustomizeBuild runs the real kubectl kustomize", () => {
  const dirs: string[] = [];
  const tempDir = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), "lg-kustomize-"));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("returns the objects a kustomization lists", () => {
    const dir = tempDir({
      "kustomization.yaml":
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - configmap.yaml\n",
      "configmap.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: demo-config\ndata:\n  a: \"1\"\n",
    });
    expect(kustomizeBuild(dir)).toEqual([
      { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "demo-config" }, data: { a: "1" } },
    ]);
  });

  it("throws with kubectl's message when a listed file is missing", () => {
    const dir = tempDir({
      "kustomization.yaml": "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - missing.yaml\n",
    });
    expect(() => kustomizeBuild(dir)).toThrow(/kubectl kustomize .* failed: .*missing\.yaml/s);
  });

  it("parseYamlStream skips empty documents and rejects broken YAML", () => {
    expect(parseYamlStream("---\na: 1\n---\n---\nb: 2\n")).toEqual([{ a: 1 }, { b: 2 }]);
    expect(() => parseYamlStream("a: [1\n")).toThrow(/invalid YAML stream/);
  });
});
