/**
 * LiteLLM's vocabulary as data files (data/litellm/, provenance in data/litellm/ORIGIN.md,
 * refreshed by scripts/import-litellm-data.mjs), each read once on first use: a run that
 * checks no model does not pay for parsing the cost map.
 */
import { readFileSync } from "node:fs";
import { packageFile } from "../package-root.js";

export interface KnownModel {
  provider: string;
  mode?: string;
}

let providers: Set<string> | undefined;
let models: Map<string, KnownModel> | undefined;

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(packageFile(`data/litellm/${name}`), "utf8")) as T;
}

/** LiteLLM's provider prefixes: its `LlmProviders` enum plus its JSON provider registry. */
export function knownProviders(): Set<string> {
  providers ??= new Set(readData<string[]>("providers.json"));
  return providers;
}

/** A model id of LiteLLM's cost map (`model_prices_and_context_window.json`). */
export function knownModel(id: string): KnownModel | undefined {
  models ??= new Map(Object.entries(readData<Record<string, KnownModel>>("models.json")));
  return models.get(id);
}
