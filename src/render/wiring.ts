import type { RenderedInstance } from "./tree.js";

/**
 * The compiler's check of its own output before anything is written: every
 * `os.environ/NAME` in config.yaml is an env variable of the proxy container, and every
 * `secretKeyRef` it reads is produced by one of the emitted ExternalSecrets (unless
 * Secrets are managed elsewhere). A failure here is a compiler bug, never a user error.
 */
export function wiringProblems(rendered: RenderedInstance, externalSecrets: boolean): string[] {
  const problems: string[] = [];
  const deployment = rendered.objects.find((o) => o.kind === "Deployment") as
    | { spec: { template: { spec: { containers: Array<{ env?: EnvVar[] }> } } } }
    | undefined;
  const env = deployment?.spec.template.spec.containers.flatMap((c) => c.env ?? []) ?? [];
  const envNames = new Set(env.map((e) => e.name));
  for (const name of environNames(rendered.config)) {
    if (!envNames.has(name)) problems.push(`${rendered.dir}: config.yaml reads os.environ/${name}, which the container does not set`);
  }
  if (!externalSecrets) return problems;
  const produced = new Set<string>();
  for (const object of rendered.objects) {
    if (object.kind !== "ExternalSecret") continue;
    const spec = (object as unknown as { spec: { target?: { name?: string }; data?: Array<{ secretKey: string }> } }).spec;
    const target = spec.target?.name ?? object.metadata.name;
    for (const entry of spec.data ?? []) produced.add(`${target}/${entry.secretKey}`);
  }
  for (const entry of env) {
    const ref = entry.valueFrom?.secretKeyRef;
    if (ref && !produced.has(`${ref.name}/${ref.key}`)) {
      problems.push(`${rendered.dir}: env ${entry.name} reads Secret ${ref.name} key ${ref.key}, which no ExternalSecret produces`);
    }
  }
  return problems;
}

interface EnvVar {
  name: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}

/** Every NAME of an `os.environ/NAME` anywhere in a config. */
export function environNames(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (typeof value === "string") {
    const match = /^os\.environ\/(.+)$/.exec(value);
    if (match) found.add(match[1]!);
  } else if (Array.isArray(value)) {
    for (const item of value) environNames(item, found);
  } else if (value && typeof value === "object") {
    for (const item of Object.values(value)) environNames(item, found);
  }
  return found;
}
