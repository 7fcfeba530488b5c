import { readFileSync } from "node:fs";
import { packageFile } from "./package-root.js";

/** LiteLLM's vocabulary (data/litellm/, refreshed by scripts/import-litellm-data.mjs), read once on first use. */
export interface KnownModel {
  provider: string;
  mode?: string;
}

let providers: Set<string> | undefined;
let models: Map<string, KnownModel> | undefined;

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(packageFile(`data/litellm/${name}`), "utf8")) as T;
}

export function knownProviders(): Set<string> {
  providers ??= new Set(readData<string[]>("providers.json"));
  return providers;
}

export function knownModel(id: string): KnownModel | undefined {
  models ??= new Map(Object.entries(readData<Record<string, KnownModel>>("models.json")));
  return models.get(id);
}

/**
 * The provider LiteLLM routes a model to: `customLLMProvider` when given, else the prefix of
 * `provider/model`, else what its cost map says about a bare id.
 */
export function providerOf(model: string, customLLMProvider?: string): string | undefined {
  if (customLLMProvider) return customLLMProvider;
  const slash = model.indexOf("/");
  if (slash > 0) {
    const prefix = model.slice(0, slash);
    if (knownProviders().has(prefix)) return prefix;
  }
  return knownModel(model)?.provider;
}
