/**
 * IR ──emit──▶ the access state of one proxy (access.json as data) and the Kubernetes objects
 * that apply it after the proxy is up: the ConfigMap `<instance>-access` (access.json and the
 * bundled sync script), the sync Job, an optional resync CronJob, and, when LiteLLM generates
 * keys, a ServiceAccount, Role and RoleBinding that let the Job write them to their Secrets.
 * docs/access.md explains the choices; DESIGN.md "Outputs" the layout.
 */
import { createHash } from "node:crypto";
import type { AccessIR, AccessSettings } from "../compiler/ir.js";
import { ACCESS_STATE_API_VERSION, ACCESS_STATE_KIND, URL_ENV, type AccessState } from "../sync/access-state.js";
import { SYNC_SCRIPT_NAME } from "../sync/bundle.js";
import { recommendedLabels } from "./kubernetes/labels.js";
import { HTTP_PORT, objectNames } from "./kubernetes/names.js";
import type { K8sObject } from "./kubernetes/object.js";
import { MASTER_KEY_ENV } from "../litellm/env-names.js";

/** Keys of the `<instance>-access` ConfigMap; the Job mounts both at ACCESS_DIR. */
export const ACCESS_KEY = "access.json";
export const SCRIPT_KEY = SYNC_SCRIPT_NAME;
export const ACCESS_DIR = "/litellm-gitops";
/** Pod-template annotation: what the Job applies (access.json and the script), so a change of either is a new Job. */
export const ACCESS_HASH_ANNOTATION = "litellm-gitops.dev/access-sha256";
/** The `node` user of the official Node.js images (uid and gid 1000). */
const NODE_USER = 1000;

/** Names of the objects that apply an instance's access state. */
export function accessNames(instance: string): { configMap: string; serviceAccount: string; role: string; roleBinding: string; cronJob: string } {
  return {
    configMap: `${instance}-access`,
    serviceAccount: `${instance}-sync`,
    role: `${instance}-sync`,
    roleBinding: `${instance}-sync`,
    // A CronJob's name is at most 52 characters: its Jobs append 11.
    cronJob: bounded(`${instance}-resync`, 52),
  };
}

/** What the objects are named after and live in: a LiteLLMInstance, or the connection Secret of a proxy elsewhere. */
export interface AccessTarget {
  name: string;
  namespace: string;
}

/**
 * access.json: the IR's lists plus where the Job reaches the proxy: an instance's Service,
 * in-cluster; for a proxy elsewhere `null` (the Job sets LITELLM_URL from the connection Secret).
 */
export function emitAccessState(target: AccessTarget, access: AccessIR): AccessState {
  return {
    apiVersion: ACCESS_STATE_API_VERSION,
    kind: ACCESS_STATE_KIND,
    proxy: {
      owner: access.owner,
      namespace: target.namespace,
      url: access.url ? null : `http://${objectNames(target.name).service}.${target.namespace}.svc.cluster.local:${HTTP_PORT}`,
    },
    teams: access.teams,
    users: access.users,
    memberships: access.memberships,
    keys: access.keys,
  };
}

/**
 * The objects, in render order. `accessJson` is access.json exactly as written to disk (the
 * ConfigMap must carry the same bytes) and `script` the bundled sync program.
 */
export function emitAccessObjects(instance: AccessTarget, access: AccessIR, settings: AccessSettings, accessJson: string, script: string): K8sObject[] {
  const names = accessNames(instance.name);
  const labels = accessLabels(instance.name);
  const meta = (name: string) => ({ name, namespace: instance.namespace, labels: { ...labels } });
  const writesSecrets = access.generatedSecrets.length > 0;
  const template = podTemplate(instance, access, settings, accessJson, script, writesSecrets);
  const objects: K8sObject[] = [
    { apiVersion: "v1", kind: "ConfigMap", metadata: meta(names.configMap), data: { [ACCESS_KEY]: accessJson, [SCRIPT_KEY]: script } },
    { apiVersion: "v1", kind: "ServiceAccount", metadata: meta(names.serviceAccount), automountServiceAccountToken: false },
  ];
  if (writesSecrets) {
    objects.push(
      {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "Role",
        metadata: meta(names.role),
        rules: [
          // Reading, replacing and deleting (a generated key of ours that left Git) exactly the
          // Secrets of generated keys.
          { apiGroups: [""], resources: ["secrets"], resourceNames: [...access.generatedSecrets], verbs: ["get", "update", "delete"] },
          // RBAC cannot restrict `create` by name (the name is not known before the object
          // exists); the sync only ever creates the names above.
          { apiGroups: [""], resources: ["secrets"], verbs: ["create"] },
        ],
      },
      {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "RoleBinding",
        metadata: meta(names.roleBinding),
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: names.role },
        subjects: [{ kind: "ServiceAccount", name: names.serviceAccount, namespace: instance.namespace }],
      },
    );
  }
  objects.push({
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: {
      ...meta(jobName(instance.name, template)),
      annotations: {
        // Argo CD runs it after every sync of the application, once the proxy's resources
        // are applied, replacing the previous run of the same name. Flux and kubectl ignore
        // these and apply it as a plain Job: the hash in its name makes each change one new
        // Job, and an unchanged build the same, already finished, Job.
        "argocd.argoproj.io/hook": "PostSync",
        "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
      },
    },
    spec: {
      backoffLimit: settings.backoffLimit,
      activeDeadlineSeconds: settings.activeDeadlineSeconds,
      template: structuredClone(template),
    },
  });
  if (settings.resyncSchedule !== undefined) {
    objects.push({
      apiVersion: "batch/v1",
      kind: "CronJob",
      metadata: meta(names.cronJob),
      spec: {
        schedule: settings.resyncSchedule,
        timeZone: "Etc/UTC",
        // A sync still running (waiting for the proxy) is not joined by a second one.
        concurrencyPolicy: "Forbid",
        successfulJobsHistoryLimit: 1,
        failedJobsHistoryLimit: 3,
        jobTemplate: {
          spec: {
            backoffLimit: settings.backoffLimit,
            activeDeadlineSeconds: settings.activeDeadlineSeconds,
            template: structuredClone(template),
          },
        },
      },
    });
  }
  return objects;
}

/**
 * Not the proxy's labels: `app: litellm-<instance>` is the Service's selector, and a sync pod
 * carrying it would receive the proxy's traffic.
 */
export function accessLabels(instance: string): Record<string, string> {
  return { ...recommendedLabels(instance), "app.kubernetes.io/component": "access-sync" };
}

function podTemplate(
  instance: AccessTarget,
  access: AccessIR,
  settings: AccessSettings,
  accessJson: string,
  script: string,
  writesSecrets: boolean,
): Record<string, unknown> {
  const names = accessNames(instance.name);
  const env = [
    { name: MASTER_KEY_ENV, valueFrom: { secretKeyRef: { name: access.masterKey.secretName, key: access.masterKey.key } } },
    ...(access.url ? [{ name: URL_ENV, valueFrom: { secretKeyRef: { name: access.url.secretName, key: access.url.key } } }] : []),
    ...access.keySecrets.map((k) => ({ name: k.env, valueFrom: { secretKeyRef: { name: k.secretName, key: k.key } } })),
  ];
  return {
    metadata: {
      labels: accessLabels(instance.name),
      annotations: { [ACCESS_HASH_ANNOTATION]: createHash("sha256").update(accessJson).update("\u0000").update(script).digest("hex") },
    },
    spec: {
      serviceAccountName: names.serviceAccount,
      // The token is mounted only when the sync writes generated keys to Secrets.
      automountServiceAccountToken: writesSecrets,
      restartPolicy: "Never",
      enableServiceLinks: false,
      securityContext: {
        runAsNonRoot: true,
        runAsUser: NODE_USER,
        runAsGroup: NODE_USER,
        seccompProfile: { type: "RuntimeDefault" },
      },
      containers: [
        {
          name: "sync",
          image: settings.image,
          command: ["node", `${ACCESS_DIR}/${SCRIPT_KEY}`, `${ACCESS_DIR}/${ACCESS_KEY}`],
          env,
          resources: structuredClone(settings.resources),
          securityContext: {
            allowPrivilegeEscalation: false,
            capabilities: { drop: ["ALL"] },
            readOnlyRootFilesystem: true,
          },
          volumeMounts: [
            { name: "access", mountPath: ACCESS_DIR, readOnly: true },
            { name: "tmp", mountPath: "/tmp" },
          ],
        },
      ],
      volumes: [
        { name: "access", configMap: { name: names.configMap } },
        { name: "tmp", emptyDir: {} },
      ],
    },
  };
}

/** `<instance>-sync-<hash of the pod template>`, at most 63 characters (the Job's name is a label value of its pods). */
function jobName(instance: string, template: Record<string, unknown>): string {
  const hash = createHash("sha256").update(JSON.stringify(template)).digest("hex").slice(0, 10);
  const suffix = `-sync-${hash}`;
  return `${instance.slice(0, 63 - suffix.length).replace(/-+$/, "")}${suffix}`;
}

/** A name cut to `max` characters; when cut, a short hash of the whole keeps two long names apart. */
function bounded(name: string, max: number): string {
  if (name.length <= max) return name;
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 6);
  return `${name.slice(0, max - 7).replace(/-+$/, "")}-${hash}`;
}
