import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import path from "node:path";

/** Where a Pod's ServiceAccount credentials are mounted (the Kubernetes default). */
export const SERVICE_ACCOUNT_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";

/** The data key of a generated key's Secret, as the operator writes it. */
export const SECRET_KEY = "key";

export class KubernetesError extends Error {}

/**
 * The Secrets API of the cluster the Job runs in, with the Pod's ServiceAccount token: the only
 * thing the sync writes besides LiteLLM. `fetch` cannot take the cluster's CA, hence node:https.
 */
export class SecretsApi {
  private constructor(
    private readonly server: URL,
    private readonly token: string,
    private readonly ca: Buffer | undefined,
  ) {}

  /**
   * In-cluster config: `KUBERNETES_SERVICE_HOST`/`_PORT` and the mounted token and CA.
   * `KUBERNETES_API_URL` and `LITELLM_GITOPS_SERVICE_ACCOUNT_DIR` replace them (tests, or a
   * run outside the cluster through `kubectl proxy`). Undefined when there is no Kubernetes API.
   */
  static fromEnv(env: NodeJS.ProcessEnv): SecretsApi | undefined {
    const host = env["KUBERNETES_SERVICE_HOST"];
    const override = env["KUBERNETES_API_URL"];
    if (!host && !override) return undefined;
    const server = override
      ? new URL(override)
      : new URL(`https://${host!.includes(":") ? `[${host}]` : host}:${env["KUBERNETES_SERVICE_PORT"] || "443"}`);
    const dir = env["LITELLM_GITOPS_SERVICE_ACCOUNT_DIR"] || SERVICE_ACCOUNT_DIR;
    let token: string;
    try {
      token = readFileSync(path.join(dir, "token"), "utf8").trim();
    } catch {
      throw new KubernetesError(`no ServiceAccount token at ${path.join(dir, "token")} (is automountServiceAccountToken disabled?)`);
    }
    let ca: Buffer | undefined;
    try {
      ca = readFileSync(path.join(dir, "ca.crt"));
    } catch {
      ca = undefined;
    }
    return new SecretsApi(server, token, ca);
  }

  /** The value of `data.key` of the Secret, undefined when the Secret or the entry does not exist. */
  async readKey(namespace: string, name: string): Promise<string | undefined> {
    const { status, body } = await this.send("GET", secretPath(namespace, name));
    if (status === 404) return undefined;
    if (status !== 200) throw this.error("read", namespace, name, status, body);
    const data = (body as { data?: Record<string, string> } | undefined)?.data;
    const encoded = data?.[SECRET_KEY];
    return encoded === undefined ? undefined : Buffer.from(encoded, "base64").toString("utf8");
  }

  /** Creates or replaces the Secret with `data.key` = value. */
  async writeKey(namespace: string, name: string, value: string, keyAlias: string): Promise<void> {
    const secret = {
      apiVersion: "v1",
      kind: "Secret",
      type: "Opaque",
      metadata: {
        name,
        namespace,
        labels: { "app.kubernetes.io/managed-by": "litellm-gitops" },
        annotations: { "litellm-gitops.dev/key-alias": keyAlias },
      },
      data: { [SECRET_KEY]: Buffer.from(value, "utf8").toString("base64") },
    };
    const created = await this.send("POST", `/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets`, secret);
    if (created.status === 201 || created.status === 200) return;
    if (created.status !== 409) throw this.error("create", namespace, name, created.status, created.body);
    const replaced = await this.send("PUT", secretPath(namespace, name), secret);
    if (replaced.status !== 200) throw this.error("replace", namespace, name, replaced.status, replaced.body);
  }

  async deleteSecret(namespace: string, name: string): Promise<void> {
    const { status, body } = await this.send("DELETE", secretPath(namespace, name));
    if (status !== 200 && status !== 202 && status !== 404) throw this.error("delete", namespace, name, status, body);
  }

  private error(verb: string, namespace: string, name: string, status: number, body: unknown): KubernetesError {
    const message = (body as { message?: unknown } | undefined)?.message;
    return new KubernetesError(`cannot ${verb} Secret ${namespace}/${name}: HTTP ${status}${typeof message === "string" ? `: ${message}` : ""}`);
  }

  private send(method: string, pathname: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const url = new URL(pathname, this.server);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = url.protocol === "https:" ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          ca: this.ca,
          timeout: 30_000,
          headers: {
            authorization: `Bearer ${this.token}`,
            accept: "application/json",
            ...(payload === undefined ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let parsed: unknown;
            try {
              parsed = text ? JSON.parse(text) : undefined;
            } catch {
              parsed = undefined;
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
        },
      );
      req.on("timeout", () => req.destroy(new Error("timed out")));
      req.on("error", (e) => reject(new KubernetesError(`the Kubernetes API did not answer: ${e.message}`)));
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }
}

function secretPath(namespace: string, name: string): string {
  return `/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets/${encodeURIComponent(name)}`;
}
