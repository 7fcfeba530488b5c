// Issue 13: what we emit deploys and behaves as the real consumers (LiteLLM, the litellm-helm
// chart, the operator, ESO, CNPG, Prometheus) expect. Each case cites the source of the rule.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { Diagnostic } from "../src/compiler/diagnostics.js";
import { importFiles } from "../src/importer/index.js";
import { renderHelm } from "../src/render/helm.js";
import { renderInstances } from "../src/render/instances.js";
import { validateUpstream } from "./support/upstream-schemas.js";
import { compileDir, INSTANCE, writeProject } from "./support/project.js";

function diagnosticsOf(files: Record<string, string>, strict = false): Diagnostic[] {
  return compileDir(writeProject(files), strict).diagnostics;
}

function withCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

describe("settings keys LiteLLM would ignore (LG3030)", () => {
  // ProxyConfig.load_config (litellm/proxy/proxy_server.py) keeps a router_settings key only if
  // inspect.getfullargspec(litellm.Router).args has it.
  it("warns at an unknown router_settings key, with a did-you-mean", () => {
    const ds = diagnosticsOf({
      "i.yaml": INSTANCE + "  routerSettings:\n    num_retires: 3\n    num_retries: 2\n    made_up_option: true\n",
    });
    const found = withCode(ds, "LG3030");
    expect(found.map((d) => [d.line, d.column, d.severity])).toEqual([
      [9, 5, "warning"],
      [11, 5, "warning"],
    ]);
    expect(found[0]!.message).toContain("router_settings.num_retires");
    expect(found[0]!.hint).toBe('Did you mean "num_retries"?');
    expect(found[1]!.message).toContain("drops it without a word");
  });

  it("flags near misses in general_settings and litellm_settings, and leaves other keys alone", () => {
    const ds = diagnosticsOf({
      "i.yaml":
        INSTANCE +
        "  generalSettings:\n    alow_requests_on_db_unavailable: true\n    some_enterprise_flag: true\n" +
        "  litellmSettings:\n    drop_parms: true\n    callbacks: [prometheus]\n",
    });
    const found = withCode(ds, "LG3030");
    expect(found.map((d) => d.hint)).toEqual(['Did you mean "allow_requests_on_db_unavailable"?', 'Did you mean "drop_params"?']);
  });

  it("accepts every Router.__init__ argument the proxy passes on", () => {
    const keys = ["routing_strategy: simple-shuffle", "num_retries: 2", "timeout: 30", "cooldown_time: 10", "enable_pre_call_checks: true", "redis_url: os.environ/REDIS_URL"];
    const ds = diagnosticsOf({ "i.yaml": INSTANCE + "  extraEnvVars:\n  - {name: REDIS_URL, value: redis://r:6379}\n  routerSettings:\n" + keys.map((k) => `    ${k}\n`).join("") });
    expect(withCode(ds, "LG3030")).toEqual([]);
  });
});

describe("LG4001 wording", () => {
  // Router.routing_strategy_init (litellm/router.py) is an if/elif chain with no else: an unknown
  // name sets up no strategy and deployments are then picked by simple_shuffle.
  it("says the proxy falls back to simple-shuffle, not that it refuses to start", () => {
    const ds = diagnosticsOf({ "i.yaml": INSTANCE + "  routerSettings:\n    routing_strategy: latency_based_routing\n" });
    const [d] = withCode(ds, "LG4001");
    expect(d!.severity).toBe("error");
    expect(d!.message).toContain("falls back to simple-shuffle");
    expect(d!.message).not.toContain("refuses to start");
  });
});

describe("ingress TLS with the controller's default certificate", () => {
  const tlsInstance = INSTANCE + "  ingress:\n    enabled: true\n    host: llm.example.com\n    tls: {}\n";

  it("emits spec.tls with the host and no secretName, valid against the Ingress schema", () => {
    const ir = compileDir(writeProject({ "i.yaml": tlsInstance })).result!;
    const [rendered] = renderInstances(ir);
    const ingress = rendered!.objects.find((o) => o.kind === "Ingress")!;
    // networking.k8s.io/v1 IngressTLS: secretName is optional ("the host is served with the
    // controller's default certificate", Traefik's TLSStore default, for example).
    expect((ingress.spec as Record<string, unknown>).tls).toEqual([{ hosts: ["llm.example.com"] }]);
    expect(validateUpstream(ingress)).toMatchObject({ ok: true });
  });

  it("sets the chart's ingress.tls to hosts only under the helm target", () => {
    const ir = compileDir(writeProject({ "i.yaml": tlsInstance })).result!;
    const [helm] = renderHelm(ir, renderInstances(ir));
    expect((helm!.values.ingress as Record<string, unknown>).tls).toEqual([{ hosts: ["llm.example.com"] }]);
  });

  it("import keeps the chart's ingress.tls entry without secretName", () => {
    const dir = writeProject({
      "values.yaml": "masterkeySecretName: litellm-master\ningress:\n  enabled: true\n  className: traefik\n  hosts:\n  - host: llm.example.com\n    paths: [{path: /, pathType: ImplementationSpecific}]\n  tls:\n  - hosts: [llm.example.com]\n",
    });
    const result = importFiles([path.join(dir, "values.yaml")], { cwd: dir, namespace: "ai", instance: "proxy" });
    const instance = parseYaml(result.files.get("instance.yaml")!) as { spec: { ingress: unknown } };
    expect(instance.spec.ingress).toEqual({ enabled: true, host: "llm.example.com", className: "traefik", tls: {} });
  });
});
