/**
 * litellm-helm values (BerriAI/litellm helm/litellm-helm, chart 1.x) → the instance's
 * deployment settings. `proxy_config` is the config.yaml; the chart's own keys map as the
 * chart's templates use them (templates/_helpers.tpl, deployment.yaml):
 *
 *   replicaCount                         → spec.replicas
 *   image.repository/tag (or digest)     → spec.image
 *   masterkeySecretName/Key              → spec.masterKeySecretRef (PROXY_MASTER_KEY in the chart)
 *   db.useExisting + db.secret.*         → spec.databaseSecretRef
 *   ingress.{enabled,className,annotations,hosts[0].host,tls} → spec.ingress
 *   resources                            → spec.resources
 *   envVars, extraEnvVars, logLevel      → spec.extraEnvVars
 *   environmentSecrets                   → the Secret the config's other variables are read from
 *   serviceMonitor.{enabled,interval,labels} → spec.monitoring.serviceMonitor
 *
 * Any other key that is set (not empty and not a disabled feature) is reported, one by one.
 */
import { diagnose } from "../compiler/diagnostics.js";
import type { MessageArgs, MessageName } from "../compiler/catalogue.js";
import { locationOf } from "../compiler/parse/locate.js";
import { childPointer } from "../compiler/pointer.js";
import type { ImportContext } from "./context.js";
import { helmQuote, importEnvList, importEnvMap } from "./env-vars.js";
import type { SecretKeyRef } from "./settings.js";
import type { Plain, Report, Sourced } from "./types.js";
import type { InputFile } from "./read.js";
import { isRecord } from "../records.js";
import { compareVersions, formatVersion, imageVersion, MIGRATION_JOB_MIN_VERSION } from "../litellm/index.js";

export interface HelmPart {
  file: InputFile;
  /** image, replicas, ingress, resources, databaseSecretRef: spec fields, as they go into the instance. */
  spec: Plain;
  /** masterkeySecretName/Key, and where they are written. */
  masterKey?: SecretKeyRef & { at: Sourced };
  /** Where proxy_config is, when there is one. */
  proxyConfig?: Sourced;
  /** environmentSecrets' Secret: every variable the config reads and nothing else sets came from it. */
  environmentSecret?: string;
}

/** Chart keys read here; proxy_config is read as a config.yaml by the caller. */
const HANDLED = new Set([
  "proxy_config",
  "replicaCount",
  "image",
  "masterkeySecretName",
  "masterkeySecretKey",
  "db",
  "ingress",
  "resources",
  "envVars",
  "extraEnvVars",
  "logLevel",
  "environmentSecrets",
  "serviceMonitor",
]);

/** The chart's default for masterkeySecretKey (templates/_helpers.tpl). */
const CHART_MASTER_KEY_KEY = "masterkey";

/** A chart value worth reporting when dropped: something other than empty or a disabled feature. */
function isSet(value: unknown): boolean {
  if (value === null || value === undefined || value === "" || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return value.enabled !== false && Object.values(value).some(isSet);
  return true;
}

export function importHelm(file: InputFile, report: Report): HelmPart {
  const values = file.doc.value as Plain;
  const doc = file.doc;
  const at = (pointer: string) => ({ doc, pointer });
  const notCarried = <M extends MessageName<"LG6006">>(pointer: string, name: M, args: MessageArgs<"LG6006", M>) =>
    report(diagnose("LG6006", locationOf(doc, pointer, "key"), name, args));
  const part: HelmPart = { file, spec: {} };

  for (const [key, value] of Object.entries(values)) {
    if (!HANDLED.has(key) && isSet(value)) {
      notCarried(`/${key}`, "helmValue", { key });
    }
  }

  if (values.proxy_config !== undefined && values.proxy_config !== null) {
    if (isRecord(values.proxy_config)) part.proxyConfig = at("/proxy_config");
    else report(diagnose("LG6004", locationOf(doc, "/proxy_config"), "proxyConfigNotMapping", {}));
  }

  if (values.replicaCount !== undefined) {
    if (Number.isSafeInteger(values.replicaCount) && (values.replicaCount as number) >= 0) part.spec.replicas = values.replicaCount;
    else report(diagnose("LG6004", locationOf(doc, "/replicaCount"), "replicaCount", {}));
  }

  const image = values.image;
  if (isRecord(image)) {
    const repository = typeof image.repository === "string" && image.repository !== "" ? image.repository : "ghcr.io/berriai/litellm";
    const tag = typeof image.tag === "string" || typeof image.tag === "number" ? String(image.tag) : "";
    const digest = typeof image.digest === "string" ? image.digest : "";
    if (digest !== "") part.spec.image = `${repository}@${digest}`;
    else if (tag !== "") part.spec.image = `${repository}:${tag}`;
    else notCarried("/image", "emptyImageTag", {});
    if (isSet(image.pullPolicy)) notCarried("/image/pullPolicy", "pullPolicy", {});
  }

  if (typeof values.masterkeySecretName === "string" && values.masterkeySecretName !== "") {
    const key = typeof values.masterkeySecretKey === "string" && values.masterkeySecretKey !== "" ? values.masterkeySecretKey : CHART_MASTER_KEY_KEY;
    part.masterKey = { secretName: values.masterkeySecretName, key, at: at("/masterkeySecretName") };
  } else {
    report(
      diagnose("LG6007", locationOf(doc, values.masterkeySecretName === undefined ? "" : "/masterkeySecretName", "key"), "generatedMasterKey", {}),
    );
  }

  importDb(values.db, at("/db"), part, report);
  checkMigrationImage(part, doc, report);
  importIngress(values.ingress, at("/ingress"), part, report);
  importEnvironmentSecrets(values.environmentSecrets, at("/environmentSecrets"), part, report);
  importServiceMonitor(values.serviceMonitor, at("/serviceMonitor"), part, report);
  if (isRecord(values.resources) && Object.keys(values.resources).length > 0) part.spec.resources = values.resources;
  return part;
}

/**
 * With db.useExisting the chart hands LiteLLM a whole DATABASE_URL (db.url's `$(VAR)`
 * expansion); the imported instance passes the DATABASE_* parts, which the chart's migration
 * Job turns into a URL only from MIGRATION_JOB_MIN_VERSION on (src/litellm/helm-chart.ts).
 * An older image would then migrate nothing: said here, and refused by the build (LG4035).
 */
function checkMigrationImage(part: HelmPart, doc: InputFile["doc"], report: Report): void {
  const image = part.spec.image;
  if (typeof image !== "string" || part.spec.databaseSecretRef === undefined) return;
  const version = imageVersion(image);
  if (version === undefined || compareVersions(version, MIGRATION_JOB_MIN_VERSION) >= 0) return;
  report(
    diagnose("LG6007", locationOf(doc, "/image", "key"), "databaseUrlParts", { image, version: formatVersion(version), minimum: formatVersion(MIGRATION_JOB_MIN_VERSION) }),
  );
}

/** envVars, extraEnvVars and logLevel: applied once the compiler's own variables are known. */
export function importHelmEnv(ctx: ImportContext, part: HelmPart): void {
  const values = part.file.doc.value as Plain;
  const doc = part.file.doc;
  importEnvMap(ctx, values.envVars, { doc, pointer: "/envVars" }, "envVars", helmQuote);
  importEnvList(ctx, values.extraEnvVars, { doc, pointer: "/extraEnvVars" });
  // The chart sets LITELLM_LOG from logLevel unless envVars sets it (templates/_helpers.tpl).
  const envVars = isRecord(values.envVars) ? values.envVars : {};
  if (typeof values.logLevel === "string" && values.logLevel !== "" && !("LITELLM_LOG" in envVars)) {
    ctx.book.setExplicit({ name: "LITELLM_LOG", value: values.logLevel }, { doc, pointer: "/logLevel" });
  }
}

/**
 * db.useExisting: the chart reads user name and password from db.secret, the host from
 * db.secret.endpointKey or the plain db.endpoint, the database name from the plain
 * db.database. databaseSecretRef reads all four from the Secret, so the two plain values
 * must move into it: reported, with the keys to add.
 */
function importDb(db: unknown, at: Sourced, part: HelmPart, report: Report): void {
  const here = (pointer: string) => locationOf(at.doc, pointer, "key");
  if (!isRecord(db) || db.useExisting !== true) {
    const standalone = !isRecord(db) || db.deployStandalone !== false;
    if (standalone) {
      report(
        diagnose("LG6006", isRecord(db) ? here(at.pointer) : { file: at.doc.file, line: 1, column: 1, pointer: "" }, "standaloneDatabase", {}),
      );
    }
    return;
  }
  const secret = isRecord(db.secret) ? db.secret : {};
  if (typeof secret.name !== "string" || secret.name === "") {
    report(diagnose("LG6004", here(childPointer(at.pointer, "secret")), "useExistingWithoutSecret", {}));
    return;
  }
  const str = (v: unknown, fallback: string) => (typeof v === "string" && v !== "" ? v : fallback);
  const hostKey = str(secret.endpointKey, "host");
  const keys = { hostSecret: hostKey, usernameSecret: str(secret.usernameKey, "username"), passwordSecret: str(secret.passwordKey, "password"), dbnameSecret: "dbname" };
  part.spec.databaseSecretRef = { nameRef: secret.name, keys };
  const moved = [
    ...(secret.endpointKey ? [] : [`db.endpoint (${JSON.stringify(db.endpoint ?? "localhost")}) → key ${hostKey}`]),
    `db.database (${JSON.stringify(db.database ?? "litellm")}) → key dbname`,
  ];
  report(
    diagnose("LG6007", here(at.pointer), "databaseValuesToSecret", { name: secret.name, moved: moved.join(", ") }),
  );
  for (const key of ["url", "readReplicaUrl", "connectionPool"]) {
    if (isSet(db[key]) && !(key === "url" && db[key] === "postgresql://$(DATABASE_USERNAME):$(DATABASE_PASSWORD)@$(DATABASE_HOST)/$(DATABASE_NAME)")) {
      report(diagnose("LG6006", here(childPointer(at.pointer, key)), "databaseValue", { key }));
    }
  }
}

function importIngress(ingress: unknown, at: Sourced, part: HelmPart, report: Report): void {
  if (!isRecord(ingress) || ingress.enabled !== true) return;
  const here = (pointer: string) => locationOf(at.doc, pointer, "key");
  const hosts = Array.isArray(ingress.hosts) ? ingress.hosts : [];
  const first = hosts[0];
  if (!isRecord(first) || typeof first.host !== "string" || first.host === "") {
    report(diagnose("LG6006", here(at.pointer), "ingressWithoutHost", {}));
    return;
  }
  const spec: Plain = { enabled: true, host: first.host };
  if (typeof ingress.className === "string" && ingress.className !== "") spec.className = ingress.className;
  if (isRecord(ingress.annotations) && Object.keys(ingress.annotations).length > 0) spec.annotations = ingress.annotations;
  const tls = Array.isArray(ingress.tls) ? ingress.tls.find((t) => isRecord(t) && Array.isArray(t.hosts) && t.hosts.includes(first.host)) : undefined;
  // An entry without secretName is TLS with the controller's default certificate (Traefik): kept as `tls: {}`.
  if (isRecord(tls)) spec.tls = typeof tls.secretName === "string" && tls.secretName !== "" ? { secretName: tls.secretName } : {};
  else if (Array.isArray(ingress.tls) && ingress.tls.length > 0) {
    report(diagnose("LG6006", here(childPointer(at.pointer, "tls")), "ingressTls", { host: first.host }));
  }
  part.spec.ingress = spec;
  hosts.slice(1).forEach((_, i) => report(diagnose("LG6006", here(childPointer(childPointer(at.pointer, "hosts"), i + 1)), "ingressHost", {})));
  const paths = Array.isArray(first.paths) ? first.paths : [];
  paths.forEach((p, i) => {
    if (isRecord(p) && (p.path ?? "/") !== "/") {
      report(diagnose("LG6006", here(childPointer(childPointer(childPointer(at.pointer, "hosts"), 0), "paths") + `/${i}`), "ingressPath", { path: String(p.path) }));
    }
  });
  if (isSet(ingress.labels)) report(diagnose("LG6006", here(childPointer(at.pointer, "labels")), "ingressLabels", {}));
}

/**
 * environmentSecrets: the chart loads every key of each listed Secret as a variable (envFrom
 * secretRef, templates/deployment.yaml), so `os.environ/OPENAI_API_KEY` read Secret
 * `apikey` key OPENAI_API_KEY. The import keeps that one Secret and its keys rather than a
 * Secret per provider at new store paths. With several Secrets the values do not say which
 * holds a variable: the first is assumed, and said.
 */
function importEnvironmentSecrets(value: unknown, at: Sourced, part: HelmPart, report: Report): void {
  if (value === undefined || value === null) return;
  const names = Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v !== "") : [];
  if (!Array.isArray(value) || names.length !== value.length) {
    report(diagnose("LG6004", locationOf(at.doc, at.pointer), "environmentSecretsNotList", {}));
    return;
  }
  if (names.length === 0) return;
  part.environmentSecret = names[0]!;
  if (names.length > 1) {
    report(
      diagnose("LG6007", locationOf(at.doc, childPointer(at.pointer, 1)), "environmentSecrets", { count: names.length, first: names[0]!, others: names.slice(1).join(", ") }),
    );
  }
}

/** serviceMonitor: the chart's (templates/servicemonitor.yaml) → spec.monitoring.serviceMonitor, which the compiler turns back into these values under the helm target. */
function importServiceMonitor(value: unknown, at: Sourced, part: HelmPart, report: Report): void {
  if (!isRecord(value) || value.enabled !== true) return;
  const monitor: Plain = { enabled: true };
  if (typeof value.interval === "string" && value.interval !== "") monitor.interval = value.interval;
  if (isRecord(value.labels) && Object.keys(value.labels).length > 0) monitor.labels = value.labels;
  part.spec.monitoring = { serviceMonitor: monitor };
  const here = (key: string) => locationOf(at.doc, childPointer(at.pointer, key), "key");
  // The chart's own default scrapeTimeout (values.yaml: 10s) is what the compiler's values keep.
  if (isSet(value.scrapeTimeout) && value.scrapeTimeout !== "10s") report(diagnose("LG6006", here("scrapeTimeout"), "scrapeTimeout", {}));
  for (const key of ["annotations", "relabelings", "namespaceSelector"]) {
    if (isSet(value[key])) report(diagnose("LG6006", here(key), "serviceMonitorValue", { key }));
  }
}
