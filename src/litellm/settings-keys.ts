import { readFileSync } from "node:fs";
import { packageFile } from "../package-root.js";

/**
 * The config.yaml settings keys LiteLLM reads, per section, for the pinned LiteLLM version:
 * data/litellm/settings-keys.json, written by scripts/gen-litellm-settings-keys.mjs (its
 * `_provenance` names the source of each list).
 *
 * - `router_settings` is exact: ProxyConfig.load_config (litellm/proxy/proxy_server.py) passes
 *   a key to the Router only if `inspect.getfullargspec(litellm.Router).args` has it, and drops
 *   any other key without a word.
 * - `general_settings` and `litellm_settings` are read from many places (`general_settings.get`
 *   across the proxy; `setattr(litellm, key, value)` for litellm_settings), so their lists are
 *   the documented keys: good for catching a near miss, not for refusing the rest.
 */
export type SettingsSection = "router_settings" | "general_settings" | "litellm_settings";

export interface SettingsKeys {
  /** Every key in the list is read by LiteLLM; `exact`: no key outside it is. */
  keys: ReadonlySet<string>;
  exact: boolean;
}

let data: Record<SettingsSection, SettingsKeys> | undefined;

export function settingsKeys(section: SettingsSection): SettingsKeys {
  if (!data) {
    const raw = JSON.parse(readFileSync(packageFile("data/litellm/settings-keys.json"), "utf8")) as Record<SettingsSection, string[]>;
    data = {
      router_settings: { keys: new Set(raw.router_settings), exact: true },
      general_settings: { keys: new Set(raw.general_settings), exact: false },
      litellm_settings: { keys: new Set(raw.litellm_settings), exact: false },
    };
  }
  return data[section];
}
