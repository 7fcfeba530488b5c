// Issue 13's end-to-end case: a buun-stack-shaped setup (litellm-helm values with Traefik TLS,
// a ServiceMonitor and environmentSecrets, a CloudNativePG Cluster, the API-key ExternalSecret
// kept beside them) imported and built with no hand edit. fixtures/import/buun-stack/ORIGIN.md
// says where each file comes from and what the reviewed expected output is.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { unknownValueKeys } from "../src/emitters/helm-chart-keys.js";
import { cli } from "./support/cli.js";
import { kustomizeBuild, parseYamlStream } from "./support/kustomize.js";
import { validateUpstream } from "./support/upstream-schemas.js";

const DIR = "fixtures/import/buun-stack";
const VALUES = `${DIR}/litellm-values.yaml`;
const EXPECTED_IMPORT = `${DIR}/expected/import`;
const EXPECTED_RENDERED = `${DIR}/expected/rendered`;
const CHART_TREE: unknown = parseYaml(readFileSync("fixtures/upstream/helm/litellm-helm.values.yaml", "utf8"));
const IMPORT = ["import", VALUES, "--namespace", "litellm", "--instance", "litellm", "--secret-store", "vault-secret-store"];

type Obj = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; spec?: Record<string, unknown> };

function tree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(path.relative(root, full), readFileSync(full, "utf8"));
    }
  };
  walk(root);
  return out;
}

const scratch = mkdtempSync(path.join(tmpdir(), "buun-stack-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("a buun-stack-shaped cluster, imported and built", () => {
  it("imports to the reviewed project, saying only what it could not carry over", async () => {
    const out = path.join(scratch, "import");
    const run = await cli(process.cwd(), [...IMPORT, "--out", out, "--format", "json"]);
    expect(run.code).toBe(0);
    expect(tree(out)).toEqual(tree(EXPECTED_IMPORT));
    const said = (JSON.parse(run.stdout) as Array<{ code: string; line: number; severity: string }>).map((d) => `${d.line} ${d.code}`);
    // No master_key (the chart's default proxy_config had it) and a chart-generated master key;
    // the migration Job's resources and the bundled Redis have no counterpart; the database
    // details the chart took from plain values must be in the Secret (CNPG's litellm-db-app has them).
    expect(said).toEqual(["1 LG6007", "12 LG6007", "32 LG6006", "61 LG6007", "73 LG6006"]);
  });

  it("the imported project keeps what buun-stack had: one API-key Secret, Traefik TLS, the ServiceMonitor, the chart", () => {
    const instance = parseYaml(readFileSync(`${EXPECTED_IMPORT}/instance.yaml`, "utf8")) as { spec: Record<string, unknown> };
    expect(instance.spec.extraEnvVars).toEqual([{ name: "ANTHROPIC_API_KEY", valueFrom: { secretKeyRef: { name: "apikey", key: "ANTHROPIC_API_KEY" } } }]);
    expect(instance.spec.ingress).toMatchObject({ className: "traefik", host: "litellm.buun.dev", tls: {} });
    expect(instance.spec.monitoring).toEqual({ serviceMonitor: { enabled: true, interval: "30s", labels: { release: "kube-prometheus-stack" } } });
    // The database LiteLLM wrote encrypted with the master key as salt keeps reading: same key as salt.
    expect(instance.spec.saltKeySecretRef).toEqual(instance.spec.masterKeySecretRef);
    const config = parseYaml(readFileSync(`${EXPECTED_IMPORT}/compiler-config.yaml`, "utf8")) as { spec: Record<string, unknown> };
    expect(config.spec).toMatchObject({ targets: ["helm"], secretStore: { kind: "ClusterSecretStore", name: "vault-secret-store" } });
  });

  it("builds with --strict to the committed, reviewed output (build --check)", async () => {
    const run = await cli(process.cwd(), ["build", EXPECTED_IMPORT, `${DIR}/cluster`, "--out", EXPECTED_RENDERED, "--check", "--strict"]);
    expect(run.stderr).toContain("is up to date");
    expect(run.code).toBe(0);
  });

  it("deploys as intended: the chart's own image, CNPG's and the user's Secrets left alone, values the chart knows", () => {
    const values = parseYaml(readFileSync(`${EXPECTED_RENDERED}/litellm/litellm/helm/values.yaml`, "utf8")) as Record<string, any> /* chart values, checked key by key below */;
    expect(unknownValueKeys(values, CHART_TREE)).toEqual([]);
    // The chart's image for 1.85.1, whose migration Job joins the DATABASE_* parts (LG4035 otherwise).
    expect(values.image).toMatchObject({ repository: "ghcr.io/berriai/litellm", tag: "v1.85.1" });
    expect(values.ingress.tls).toEqual([{ hosts: ["litellm.buun.dev"] }]);
    expect(values.serviceMonitor).toEqual({ enabled: true, labels: { release: "kube-prometheus-stack" }, interval: "30s" });
    expect(values.proxy_config.litellm_settings.callbacks).toEqual(["prometheus"]);
    const env = values.extraEnvVars as Array<{ name: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }>;
    expect(env.find((e) => e.name === "DATABASE_HOST")!.valueFrom!.secretKeyRef).toEqual({ name: "litellm-db-app", key: "host" });
    expect(env.map((e) => e.name)).not.toContain("PORT");
    const objects = kustomizeBuild(EXPECTED_RENDERED) as Obj[];
    // One ExternalSecret, for the master key; apikey (the user's ExternalSecret) and litellm-db-app (CNPG) get none.
    expect(objects.filter((o) => o.kind === "ExternalSecret").map((o) => (o.spec!.target as { name: string }).name)).toEqual(["litellm"]);
    for (const object of objects) expect(validateUpstream(object).errors, `${object.kind} ${object.metadata.name}`).toEqual([]);
  });

  it("kubectl kustomize of the output equals render", async () => {
    const run = await cli(process.cwd(), ["render", EXPECTED_IMPORT, `${DIR}/cluster`, "--strict"]);
    expect(run.code).toBe(0);
    // Same objects (toEqual ignores key order, which kustomize sorts), each once.
    const id = (o: Obj) => `${o.kind}/${o.metadata.namespace ?? ""}/${o.metadata.name}`;
    const sort = (objects: Obj[]) => [...objects].sort((a, b) => id(a).localeCompare(id(b)));
    const rendered = sort(parseYamlStream(run.stdout) as Obj[]);
    expect(rendered.map(id)).toEqual(["Application/argocd/litellm-litellm", "ExternalSecret/litellm/litellm", "HelmRelease/litellm/litellm", "OCIRepository/litellm/litellm-litellm-helm"]);
    expect(sort(kustomizeBuild(EXPECTED_RENDERED) as Obj[])).toEqual(rendered);
  });
});
