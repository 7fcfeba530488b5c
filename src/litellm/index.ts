/**
 * What we know about LiteLLM, in one place: parameters, providers and their credentials, the
 * `os.environ/` syntax, the sensitive-value policy, model_info and router vocabularies, and
 * the data files. The ground floor of the project: it imports nothing of ours but the
 * package-root helper (src/package-root.ts), and everything that needs LiteLLM knowledge
 * reads it from here.
 */
export * from "./access.js";
export * from "./data.js";
export * from "./env-names.js";
export * from "./environ.js";
export * from "./helm-chart.js";
export * from "./model-info.js";
export * from "./params.js";
export * from "./providers.js";
export * from "./router.js";
export * from "./sensitive.js";
export * from "./integrations.js";
