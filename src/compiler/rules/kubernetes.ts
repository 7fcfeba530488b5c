import { diagnose, type Report } from "../diagnostics.js";
import { locationOf, type ParsedDocument } from "../parse/locate.js";
import { childPointer } from "../pointer.js";
import type { Project } from "../resources.js";
import { isRecord } from "../../records.js";

/*
 * Values we pass through to Kubernetes objects, checked as the API server (or, for an image,
 * the kubelet) would check them, so that a mistake fails `validate` at its line instead of
 * `kubectl apply` (or a pod in ImagePullBackOff/InvalidImageName) after the merge.
 */

const INT32_MAX = 2_147_483_647;

/**
 * Kubernetes' quantity grammar (k8s.io/apimachinery/pkg/api/resource/quantity.go, the comment
 * above `type Quantity`, and the pattern the CRDs carry for int-or-string quantities):
 * `<signedNumber><suffix>`, the suffix a binary SI one (Ki Mi Gi Ti Pi Ei), a decimal SI one
 * (n u m "" k M G T P E) or a decimal exponent (e3, E-2).
 */
const QUANTITY = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))?$/;

/**
 * A DNS-1123 subdomain (k8s.io/apimachinery/pkg/util/validation IsDNS1123Subdomain): lower-case
 * labels of letters, digits and inner hyphens, dot-separated, 253 characters in all. Ingress
 * rules (networking/v1 validation, validateIngressRules) and HTTPRoute hostnames (the CRD's
 * pattern, gateway.networking.k8s.io Hostname) allow a wildcard as the first label only
 * (`*.example.com`), and no IP address.
 */
const DNS_LABEL = "[a-z0-9](?:[-a-z0-9]*[a-z0-9])?";
const HOST = new RegExp(`^(?:\\*\\.)?${DNS_LABEL}(?:\\.${DNS_LABEL})*$`);
const IPV4 = /^[0-9]+(?:\.[0-9]+){3}$/;

/**
 * The image reference grammar of github.com/distribution/reference (regexp.go, which the
 * kubelet and containerd parse with): `[domain[:port]/]path[:tag][@digest]`, path components
 * lower-case alphanumerics joined by `.`, `_`, `__` or dashes; a tag of at most 128 word
 * characters, dots and dashes; a digest `algorithm:hex` (32+ hex digits). The name may have
 * at most 255 characters (reference.NameTotalLengthMax).
 */
const DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[(?:[a-fA-F0-9:]+)\\])(?::[0-9]+)?`;
const PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
const IMAGE_NAME = new RegExp(`^(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const IMAGE = new RegExp(`^(?<name>[^:@]+(?::[0-9]+/[^:@]+)?)(?::(?<tag>[\\w][\\w.-]{0,127}))?(?:@(?<digest>[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`);
const NAME_TOTAL_LENGTH_MAX = 255;

/** The env var sources of a core/v1 EnvVarSource; exactly one is set (validation.go validateEnvVarValueFrom). */
const ENV_SOURCES = ["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef", "fileKeyRef"];

export function checkKubernetesValues(project: Project, report: Report): void {
  for (const instance of project.instances) {
    const { doc } = instance;
    const spec = instance.value.spec as Record<string, unknown>;
    checkReplicas(doc, "/spec/replicas", spec.replicas, report);
    checkImage(doc, "/spec/image", spec.image, report);
    checkResources(doc, "/spec/resources", spec.resources, report);
    for (const exposure of ["ingress", "gateway"]) {
      const section = spec[exposure];
      if (isRecord(section) && typeof section.host === "string") checkHost(doc, `/spec/${exposure}/host`, section.host, report);
    }
    if (Array.isArray(spec.extraEnvVars)) spec.extraEnvVars.forEach((env, i) => checkEnvVar(doc, `/spec/extraEnvVars/${i}`, env, report));
  }
  const config = project.config;
  if (config) {
    const spec = config.value.spec as Record<string, unknown> | undefined;
    const defaults = spec?.defaults;
    if (isRecord(defaults)) checkImage(config.doc, "/spec/defaults/image", defaults.image, report);
    const access = spec?.access;
    if (isRecord(access)) {
      checkImage(config.doc, "/spec/access/image", access.image, report);
      checkResources(config.doc, "/spec/access/resources", access.resources, report);
    }
  }
}

function checkReplicas(doc: ParsedDocument, pointer: string, replicas: unknown, report: Report): void {
  if (typeof replicas !== "number" || !Number.isInteger(replicas)) return; // the schema's LG2002
  // apps/v1 validation.go ValidateDeploymentSpec: ValidateNonnegativeField; the field is an int32.
  if (replicas < 0) report(diagnose("LG3023", locationOf(doc, pointer), "negativeReplicas", { value: replicas }));
  else if (replicas > INT32_MAX) report(diagnose("LG3023", locationOf(doc, pointer), "replicasTooLarge", { value: replicas, max: INT32_MAX }));
}

function checkResources(doc: ParsedDocument, pointer: string, resources: unknown, report: Report): void {
  if (!isRecord(resources)) return;
  for (const part of ["limits", "requests"]) {
    const quantities = resources[part];
    if (!isRecord(quantities)) continue;
    for (const [resource, value] of Object.entries(quantities)) {
      const at = childPointer(`${pointer}/${part}`, resource);
      if (typeof value !== "string" && typeof value !== "number") continue; // the schema's
      const text = String(value);
      if (typeof value === "string" && !QUANTITY.test(text)) {
        report(diagnose("LG3023", locationOf(doc, at), "quantity", { field: `${part}.${resource}`, value: JSON.stringify(text) }));
      } else if (/^-/.test(text) && /[1-9]/.test(text)) {
        // core/v1 validation.go ValidateResourceQuantityValue: ValidateNonnegativeQuantity.
        report(diagnose("LG3023", locationOf(doc, at), "negativeQuantity", { field: `${part}.${resource}`, value: text }));
      }
    }
  }
}

function checkHost(doc: ParsedDocument, pointer: string, host: string, report: Report): void {
  const field = pointer.slice("/spec/".length).replace("/", ".");
  if (host.length > 253 || !HOST.test(host) || IPV4.test(host)) {
    const why = hostProblem(host);
    report(diagnose("LG3023", locationOf(doc, pointer), "host", { field, value: JSON.stringify(host), why }));
  }
}

/** What is wrong with a host name, in the words a user would look for. */
function hostProblem(host: string): string {
  if (host === "") return "it is empty";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) return "a host name has no scheme";
  if (host.includes("/")) return "a host name has no path";
  if (/:[0-9]*$/.test(host)) return "a host name has no port";
  if (/\s/.test(host)) return "it contains white space";
  if (IPV4.test(host) || host.includes(":")) return "an IP address is not allowed";
  if (host.includes("*")) return "a wildcard may only be the whole first label (*.example.com)";
  if (/[A-Z]/.test(host)) return "it has upper-case letters";
  if (host.length > 253) return "it is longer than 253 characters";
  return "each dot-separated label must be lower-case letters, digits and inner hyphens";
}

function checkImage(doc: ParsedDocument, pointer: string, image: unknown, report: Report): void {
  if (typeof image !== "string") return;
  const why = imageProblem(image);
  if (why !== undefined) report(diagnose("LG3023", locationOf(doc, pointer), "image", { value: JSON.stringify(image), why }));
}

/** Why a string is not an image reference the kubelet can pull, or undefined when it is one. */
export function imageProblem(image: string): string | undefined {
  if (image === "") return "it is empty";
  if (/\s/.test(image)) return "it contains white space";
  const match = IMAGE.exec(image);
  if (!match) return "expected [registry[:port]/]repository[:tag][@digest], a tag of at most 128 letters, digits, _ . -, a digest algorithm:hex";
  const name = match.groups!.name!;
  if (name.length > NAME_TOTAL_LENGTH_MAX) return `the repository name is longer than ${NAME_TOTAL_LENGTH_MAX} characters`;
  if (!IMAGE_NAME.test(name)) return "the repository path must be lower-case letters and digits, joined by . _ __ or -";
  return undefined;
}

function checkEnvVar(doc: ParsedDocument, pointer: string, env: unknown, report: Report): void {
  if (!isRecord(env)) return;
  const { name } = env;
  // core/v1 validation.go validateEnv: with RelaxedEnvironmentVariableValidation (on by default
  // since Kubernetes 1.32) any printable ASCII character but '='; the name is required.
  if (typeof name === "string" && (name === "" || /[^\x20-\x3c\x3e-\x7e]/.test(name))) {
    const why = name === "" ? "it is empty" : name.includes("=") ? "it contains '='" : "it contains a character that is not printable ASCII";
    report(diagnose("LG3023", locationOf(doc, `${pointer}/name`), "envName", { value: JSON.stringify(name), why }));
  }
  const hasValue = Object.hasOwn(env, "value");
  const hasValueFrom = Object.hasOwn(env, "valueFrom");
  const label = typeof name === "string" ? name : "";
  if (hasValue && hasValueFrom) {
    report(diagnose("LG3023", locationOf(doc, `${pointer}/valueFrom`, "key"), "envBoth", { name: label }));
  } else if (!hasValue && !hasValueFrom) {
    report(diagnose("LG3023", locationOf(doc, pointer), "envNeither", { name: label }));
  } else if (hasValueFrom && isRecord(env.valueFrom)) {
    const sources = ENV_SOURCES.filter((s) => Object.hasOwn(env.valueFrom as object, s));
    if (sources.length !== 1) {
      report(
        diagnose("LG3023", locationOf(doc, `${pointer}/valueFrom`), "envSources", { name: label, count: sources.length, sources: ENV_SOURCES.join(", ") }),
      );
    }
  }
}
