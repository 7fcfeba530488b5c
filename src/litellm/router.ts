/** LiteLLM's router_settings vocabulary. */

/** Routing strategies (RoutingStrategyName ∪ RoutingStrategy, litellm/types/router.py). */
export const ROUTING_STRATEGIES: readonly string[] = [
  "simple-shuffle",
  "least-busy",
  "usage-based-routing",
  "usage-based-routing-v2",
  "latency-based-routing",
  "cost-based-routing",
  "provider-budget-routing",
  "lar1",
];

/** Settings whose value is a list of `{model_group: [fallback, …]}` maps (litellm/router.py, Router.__init__). */
export const FALLBACK_LISTS: readonly string[] = ["fallbacks", "context_window_fallbacks", "content_policy_fallbacks"];
