/**
 * A fake of the Kubernetes core/v1 Secrets API (the only API the sync calls): bearer-token
 * auth, and the apiserver's Status bodies for 401, 404 NotFound and 409 AlreadyExists.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export interface FakeSecret {
  metadata: { name: string; namespace: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  data?: Record<string, string>;
  type?: string;
}

function status(code: number, reason: string, message: string) {
  return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, code };
}

export class FakeKubernetes {
  readonly secrets = new Map<string, FakeSecret>();
  readonly log: Array<{ method: string; path: string }> = [];
  url = "";
  /** A ServiceAccount folder (token, no ca.crt) to point LITELLM_GITOPS_SERVICE_ACCOUNT_DIR at. */
  readonly serviceAccountDir: string;
  private server?: Server;
  /** Leave writes unanswered (the sync is killed between generating a key and storing it). */
  stallWrites = false;
  /** Writes left unanswered so far. */
  stalled = 0;
  /** Answer DELETE with 403, as the apiserver does when the Role does not name the Secret. */
  forbidDeletes = false;

  constructor(readonly token = "fake-sa-token") {
    this.serviceAccountDir = mkdtempSync(path.join(tmpdir(), "fake-sa-"));
    writeFileSync(path.join(this.serviceAccountDir, "token"), token + "\n");
  }

  /** The env a sync needs to reach this fake as if it ran in the cluster. */
  env(): Record<string, string> {
    return { KUBERNETES_SERVICE_HOST: "127.0.0.1", KUBERNETES_API_URL: this.url, LITELLM_GITOPS_SERVICE_ACCOUNT_DIR: this.serviceAccountDir };
  }

  /** The decoded `data.key` of a Secret. */
  value(namespace: string, name: string): string | undefined {
    const encoded = this.secrets.get(`${namespace}/${name}`)?.data?.["key"];
    return encoded === undefined ? undefined : Buffer.from(encoded, "base64").toString("utf8");
  }

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
      const url = new URL(req.url ?? "/", "http://fake");
      if (this.stallWrites && req.method !== "GET") {
        this.stalled++;
        return;
      }
      this.log.push({ method: req.method ?? "GET", path: url.pathname });
      const send = (code: number, obj: unknown) => {
        res.writeHead(code, { "content-type": "application/json" });
        res.end(JSON.stringify(obj));
      };
      if (req.headers["authorization"] !== `Bearer ${this.token}`) return send(401, status(401, "Unauthorized", "Unauthorized"));
      const m = /^\/api\/v1\/namespaces\/([^/]+)\/secrets(?:\/([^/]+))?$/.exec(url.pathname);
      if (!m) return send(404, status(404, "NotFound", "the server could not find the requested resource"));
      const ns = decodeURIComponent(m[1]!);
      const name = m[2] === undefined ? undefined : decodeURIComponent(m[2]);
      const id = `${ns}/${name ?? body?.metadata?.name}`;
      if (req.method === "POST" && name === undefined) {
        if (this.secrets.has(id)) return send(409, status(409, "AlreadyExists", `secrets "${body.metadata.name}" already exists`));
        this.secrets.set(id, body);
        return send(201, body);
      }
      if (name === undefined) return send(405, status(405, "MethodNotAllowed", "method not allowed"));
      const existing = this.secrets.get(id);
      if (req.method === "GET") return existing ? send(200, existing) : send(404, status(404, "NotFound", `secrets "${name}" not found`));
      if (req.method === "PUT") {
        if (!existing) return send(404, status(404, "NotFound", `secrets "${name}" not found`));
        this.secrets.set(id, body);
        return send(200, body);
      }
      if (req.method === "DELETE" && this.forbidDeletes) {
        return send(403, status(403, "Forbidden", `secrets "${name}" is forbidden: User "system:serviceaccount:${ns}:sync" cannot delete resource "secrets" in API group "" in the namespace "${ns}"`));
      }
      if (req.method === "DELETE") {
        if (!existing) return send(404, status(404, "NotFound", `secrets "${name}" not found`));
        this.secrets.delete(id);
        return send(200, status(200, "", ""));
      }
      return send(405, status(405, "MethodNotAllowed", "method not allowed"));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
