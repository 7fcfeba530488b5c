import { errorMessage } from "../litellm/management-api.js";

/** A request LiteLLM refused (or that never reached it), with LiteLLM's own message. */
export class ApiError extends Error {
  constructor(
    readonly endpoint: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ApiRequest {
  method: "GET" | "POST";
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

/**
 * LiteLLM's management API with the master key (`Authorization: Bearer`, as
 * `user_api_key_auth` reads it). Every call is either a JSON answer or an ApiError carrying
 * LiteLLM's message; nothing here prints, so no caller can leak a header.
 */
export class LiteLLMClient {
  constructor(
    private readonly baseUrl: string,
    private readonly masterKey: string,
    private readonly timeoutMs = 30_000,
  ) {}

  url(path: string, query?: ApiRequest["query"]): URL {
    const url = new URL(this.baseUrl.replace(/\/+$/, "") + path);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    return url;
  }

  async call<T = unknown>(request: ApiRequest): Promise<T> {
    const endpoint = `${request.method} ${request.path}`;
    let response: Response;
    try {
      response = await fetch(this.url(request.path, request.query), {
        method: request.method,
        headers: {
          authorization: `Bearer ${this.masterKey}`,
          accept: "application/json",
          ...(request.body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new ApiError(endpoint, 0, `the proxy did not answer: ${causeOf(error)}`);
    }
    const text = await response.text();
    let body: unknown = undefined;
    try {
      body = text === "" ? undefined : JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!response.ok) {
      const message = errorMessage(body) ?? (text.slice(0, 500) || response.statusText);
      throw new ApiError(endpoint, response.status, message);
    }
    return body as T;
  }

  /** `GET /health/readiness`: a public route (`LiteLLMRoutes.public_routes`), asked without the key. */
  async ready(): Promise<{ ready: boolean; detail: string }> {
    try {
      const response = await fetch(this.url("/health/readiness"), { signal: AbortSignal.timeout(this.timeoutMs) });
      const body = (await response.json().catch(() => undefined)) as { status?: unknown; db?: unknown } | undefined;
      // health_readiness answers 200 {"status": "healthy", "db": "Not connected"} without a database;
      // the management API needs one, so only "db": "connected" is ready.
      if (response.ok && body?.db === "connected") return { ready: true, detail: "ready" };
      return { ready: false, detail: response.ok ? `database ${String(body?.db ?? "unknown")}` : `HTTP ${response.status}` };
    } catch (error) {
      return { ready: false, detail: causeOf(error) };
    }
  }
}

function causeOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Error) return cause.message;
    return error.name === "TimeoutError" ? "timed out" : error.message;
  }
  return String(error);
}
