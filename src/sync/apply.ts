import type { LiteLLMClient } from "./client.js";
import { ApiError } from "./client.js";
import { KubernetesError, type SecretsApi } from "./kubernetes.js";
import type { Action } from "./plan.js";

export interface Outcome {
  action: Action;
  status: "done" | "failed";
  /** LiteLLM's (or Kubernetes') message, for a failed action. */
  message?: string;
  endpoint?: string;
  /** Done, but something around it was not (a left-over Secret). */
  warning?: string;
}

/**
 * Sends each action's requests in order. An action stops at its first refusal; the others
 * still run (one refused team does not block an unrelated key), and every refusal is reported.
 */
export async function apply(actions: Action[], client: LiteLLMClient, secrets: SecretsApi | undefined, env: NodeJS.ProcessEnv): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const action of actions) outcomes.push(await applyOne(action, client, secrets, env));
  return outcomes;
}

async function applyOne(action: Action, client: LiteLLMClient, secrets: SecretsApi | undefined, env: NodeJS.ProcessEnv): Promise<Outcome> {
  let warning: string | undefined;
  for (const step of action.steps) {
    try {
      const body = { ...step.body };
      if (step.keyFromEnv !== undefined) body["key"] = env[step.keyFromEnv];
      if (step.writeSecret && !secrets) throw new KubernetesError("no Kubernetes API to write the generated key to");
      const answer = await client.call<{ key?: unknown }>({ method: step.method, path: step.path, body });
      if (step.writeSecret) {
        const value = answer?.key;
        if (typeof value !== "string" || value === "") throw new ApiError(`${step.method} ${step.path}`, 200, "LiteLLM answered without the generated key");
        await secrets!.writeKey(step.writeSecret.namespace, step.writeSecret.name, value, step.writeSecret.alias);
      }
      if (step.deleteSecret) {
        // The key is gone from LiteLLM: a Secret left behind holds a dead value, so its removal
        // is best effort (the Job's Role names only the Secrets of keys still declared).
        const { namespace, name } = step.deleteSecret;
        if (!secrets) warning = `Secret ${namespace}/${name} of the deleted key was left in place: no Kubernetes API`;
        else {
          try {
            await secrets.deleteSecret(namespace, name);
          } catch (error) {
            if (!(error instanceof KubernetesError)) throw error;
            warning = `the key was deleted, but its Secret was left in place: ${error.message}`;
          }
        }
      }
    } catch (error) {
      if (error instanceof ApiError) return { action, status: "failed", endpoint: error.endpoint, message: `${error.status === 0 ? "" : `HTTP ${error.status}: `}${error.message}` };
      if (error instanceof KubernetesError) return { action, status: "failed", endpoint: "Kubernetes", message: error.message };
      throw error;
    }
  }
  return { action, status: "done", ...(warning ? { warning } : {}) };
}
