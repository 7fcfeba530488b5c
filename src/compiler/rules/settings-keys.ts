import { diagnose, type Report } from "../diagnostics.js";
import { locationOf } from "../parse/locate.js";
import { childPointer } from "../pointer.js";
import type { Project } from "../resources.js";
import { closest } from "../suggest.js";
import { settingsKeys, type SettingsSection } from "../../litellm/settings-keys.js";

const SECTIONS = [
  ["routerSettings", "router_settings"],
  ["generalSettings", "general_settings"],
  ["litellmSettings", "litellm_settings"],
] as const satisfies ReadonlyArray<readonly [string, SettingsSection]>;

/**
 * A settings key LiteLLM does not read is ignored by the proxy without a word. A router_settings
 * key outside Router.__init__'s arguments is always reported (the list is exact); in the other two
 * sections only a near miss of a documented key is (their lists cannot be complete).
 */
export function checkSettingsKeys(project: Project, report: Report): void {
  for (const instance of project.instances) {
    for (const [field, section] of SECTIONS) {
      const settings = instance.value.spec[field];
      if (!settings || typeof settings !== "object") continue;
      const { keys, exact } = settingsKeys(section);
      for (const key of Object.keys(settings)) {
        if (keys.has(key)) continue;
        const suggestion = closest(key, keys);
        if (!exact && suggestion === undefined) continue;
        const at = locationOf(instance.doc, childPointer(`/spec/${field}`, key), "key");
        // The Router drops an unknown argument silently; the other sections just never read it.
        const router = section === "router_settings";
        report(
          suggestion
            ? diagnose("LG3030", at, router ? "routerDidYouMean" : "didYouMean", { section, key, suggestion })
            : diagnose("LG3030", at, router ? "routerUnknown" : "unknown", { section, key }),
        );
      }
    }
  }
}
