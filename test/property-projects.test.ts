// Property tests over RANDOM VALID projects (test/support/arbitraries.ts): they compile without
// a diagnostic; every emitted object validates against the upstream schemas; the output is
// wired (every os.environ/NAME of config.yaml is set on the Deployment, every secretKeyRef is
// produced by an ExternalSecret, no env name twice); `kubectl kustomize` builds what `build`
// writes; and the output is byte-stable whatever the layout of the input (files renamed,
// moved, split or merged, documents reordered, YAML style and line endings changed).
//
// Runs use a fixed seed (PROPERTY_SEED, default 8); PROPERTY_SEED=random PROPERTY_RUNS_SCALE=10
// explores. To replay a failure, pass the `seed` and `path` fast-check prints to the failing
// fc.assert (with `endOnFailure: true` to skip shrinking).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { compileInputs } from "../src/compiler/compile.js";
import type { IR } from "../src/compiler/ir.js";
import { renderTree } from "../src/render/files.js";
import { renderInstances } from "../src/render/instances.js";
import { writeOutput } from "../src/write/write.js";
import { toYamlStream } from "../src/render/yaml.js";
import { type GeneratedProject, type InstanceFacts, type Layout, projectAndRelayoutArb, projectArb, renderFiles } from "./support/arbitraries.js";
import { kustomizeBuild, parseYamlStream } from "./support/kustomize.js";
import { validateUpstream } from "./support/upstream-schemas.js";
import { SCALE, runs } from "./support/property.js";


const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Writes the project's files into a fresh folder, compiles it, removes the folder. */
function compileLayout(project: GeneratedProject, layout: Layout) {
  const dir = tempDir("lg-prop-");
  try {
    for (const [name, text] of Object.entries(renderFiles(project, layout))) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return compileInputs([], { cwd: dir, exclude: ["rendered"], strict: false });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const where = (d: { file: string; line: number; column: number; code: string; message: string }) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`;

/** Compiles; a generated project must give no diagnostic at all (not even a warning). */
function compileClean(project: GeneratedProject, layout: Layout = project.layout): IR {
  const outcome = compileLayout(project, layout);
  expect(outcome.diagnostics.map(where)).toEqual([]);
  expect(outcome.result).toBeDefined();
  return outcome.result!;
}

type Obj = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
};
type EnvVar = { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } };

function environNames(value: unknown, found: string[] = []): string[] {
  if (typeof value === "string") {
    const m = /^os\.environ\/(.*)$/.exec(value);
    if (m) found.push(m[1]!);
  } else if (Array.isArray(value)) {
    for (const v of value) environNames(v, found);
  } else if (value && typeof value === "object") {
    for (const v of Object.values(value)) environNames(v, found);
  }
  return found;
}

/**
 * The wiring of one instance, read back from the rendered FILES (not from the IR or the
 * compiler's own check): env, secrets, config.yaml and the ConfigMap agree.
 */
function checkInstanceFiles(files: Map<string, string>, facts: InstanceFacts): void {
  const dir = `${facts.namespace}/${facts.name}`;
  const configText = files.get(`${dir}/config.yaml`);
  expect(configText, `${dir}/config.yaml`).toBeDefined();
  const config = parseYaml(configText!) as { model_list?: Array<{ model_name: string; model_info: { id: string } }> };
  const objects = [...files.entries()]
    .filter(([p]) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes("/") && p !== `${dir}/config.yaml` && p !== `${dir}/kustomization.yaml`)
    .flatMap(([, text]) => parseYamlStream(text) as Obj[]);

  const deployments = objects.filter((o) => o.kind === "Deployment");
  expect(deployments).toHaveLength(1);
  const containers = (deployments[0]!.spec as { template: { spec: { containers: Array<{ env?: EnvVar[] }> } } }).template.spec.containers;
  const env = containers.flatMap((c) => c.env ?? []);
  const envNames = env.map((e) => e.name);

  // No generated env name collides, and the env is exactly what the project asked for.
  expect(envNames.length, `duplicate env names in ${dir}: ${envNames.join(", ")}`).toBe(new Set(envNames).size);
  expect([...envNames].sort()).toEqual([...facts.envNames].sort());

  // Every os.environ/NAME the proxy reads is set on its container.
  const missing = environNames(config).filter((n) => !envNames.includes(n));
  expect(missing, `${dir}: os.environ names not set on the Deployment`).toEqual([]);

  // Every secretKeyRef is produced by an ExternalSecret data entry.
  const produced = new Set<string>();
  for (const es of objects.filter((o) => o.kind === "ExternalSecret")) {
    const spec = es.spec as { target?: { name?: string }; data?: Array<{ secretKey: string }> };
    for (const entry of spec.data ?? []) produced.add(`${spec.target?.name ?? es.metadata.name}/${entry.secretKey}`);
  }
  // An optional key (secretKeyRef.optional) comes through dataFrom.extract when the store has it.
  const unproduced = env
    .map((e) => e.valueFrom?.secretKeyRef)
    .filter((r): r is { name: string; key: string } => r !== undefined && !(r as { optional?: boolean }).optional)
    .map((r) => `${r.name}/${r.key}`)
    .filter((k) => !produced.has(k));
  expect(unproduced, `${dir}: secretKeyRefs no ExternalSecret produces`).toEqual([]);
  // An env value is either literal or from a Secret; never a credential in clear.
  for (const e of env) expect(e.value === undefined || e.valueFrom === undefined).toBe(true);

  // config.yaml is byte-identical to the ConfigMap's; every model is there, each with its own id.
  const configMaps = objects.filter((o) => o.kind === "ConfigMap");
  expect(configMaps).toHaveLength(1);
  expect(configMaps[0]!.data?.["config.yaml"]).toBe(configText);
  const modelList = config.model_list ?? [];
  expect(modelList.map((m) => m.model_name).sort()).toEqual([...facts.modelNames].sort());
  const ids = modelList.map((m) => m.model_info.id);
  expect(new Set(ids).size).toBe(ids.length);
}

describe("random valid projects", () => {
  it("compile without a diagnostic; every object validates upstream; the output is wired", { timeout: 60_000 * SCALE }, () => {
    let objectsChecked = 0;
    fc.assert(
      fc.property(projectArb, (project) => {
        const ir = compileClean(project);
        const rendered = renderInstances(ir);
        expect(rendered.map((r) => r.dir).sort()).toEqual(project.instances.map((i) => `${i.namespace}/${i.name}`).sort());
        for (const r of rendered) {
          for (const object of r.objects) {
            const result = validateUpstream(object);
            expect(result.errors, `${r.dir} ${object.kind} ${object.metadata.name}`).toEqual([]);
            objectsChecked++;
          }
        }
        const files = renderTree(rendered, { manifests: true });
        for (const facts of project.instances) checkInstanceFiles(files, facts);
        // Never a Secret in the output: every one comes from an ExternalSecret.
        expect(rendered.flatMap((r) => r.objects).filter((o) => o.kind === "Secret")).toEqual([]);
      }),
      runs(40),
    );
    expect(objectsChecked).toBeGreaterThan(0);
  });

  it("give byte-identical output whatever the files, their order, names and YAML style", { timeout: 60_000 * SCALE }, () => {
    fc.assert(
      fc.property(projectAndRelayoutArb, ({ project, relayout }) => {
        const first = renderTree(renderInstances(compileClean(project)), { manifests: true });
        const second = renderTree(renderInstances(compileClean(project, relayout)), { manifests: true });
        expect([...second.keys()]).toEqual([...first.keys()]);
        for (const [name, text] of first) expect(second.get(name), name).toBe(text);
      }),
      runs(30),
    );
  });

  it("build output that kubectl kustomize builds into exactly the rendered objects", { timeout: 60_000 * SCALE }, async () => {
    // kubectl is slow (a process per run): a few runs only.
    await fc.assert(
      fc.asyncProperty(projectArb, async (project) => {
        const rendered = renderInstances(compileClean(project));
        const files = renderTree(rendered, { manifests: true });
        const out = path.join(tempDir("lg-prop-out-"), "rendered");
        await writeOutput(out, files);
        const built = kustomizeBuild(out) as Obj[];
        const key = (o: Obj) => `${o.apiVersion} ${o.kind} ${o.metadata.namespace ?? ""}/${o.metadata.name}`;
        // What `render` prints, read back the same way.
        const expected = parseYamlStream(toYamlStream(rendered.flatMap((r) => r.objects))) as Obj[];
        expect(built.map(key).sort()).toEqual(expected.map(key).sort());
        const byKey = new Map(built.map((o) => [key(o), o]));
        for (const o of expected) expect(byKey.get(key(o)), key(o)).toEqual(o);
        rmSync(path.dirname(out), { recursive: true, force: true });
      }),
      runs(4),
    );
  });
});
