// Refreshes data/litellm/ from a checkout of the reference data (default ../shared/reference/litellm):
// the provider prefixes LiteLLM knows and, from its cost map, the bare model ids it can route
// without a prefix. Run it when LiteLLM's lists change; the output is committed.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const from = process.argv[2] ?? new URL("../../shared/reference/litellm", import.meta.url).pathname;
const out = new URL("../data/litellm/", import.meta.url).pathname;

const providers = JSON.parse(readFileSync(path.join(from, "providers.json"), "utf8"));
const costMap = JSON.parse(readFileSync(path.join(from, "model_prices_and_context_window.json"), "utf8"));
const models = {};
for (const [id, entry] of Object.entries(costMap).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (typeof entry?.litellm_provider !== "string") continue; // sample_spec and other non-models
  models[id] = { provider: entry.litellm_provider, ...(typeof entry.mode === "string" ? { mode: entry.mode } : {}) };
}
writeFileSync(path.join(out, "providers.json"), JSON.stringify([...new Set(providers)].sort(), null, 1) + "\n");
writeFileSync(path.join(out, "models.json"), JSON.stringify(models) + "\n");
console.log(`providers: ${providers.length}, models: ${Object.keys(models).length}`);
