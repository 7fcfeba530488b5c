import { diagnose, type Location, type Report } from "../diagnostics.js";
import type { IR } from "../ir.js";
import { locationOf } from "../parse/locate.js";
import type { CompilerConfigResource, InstanceResource } from "../resources.js";
import { chartDefaultImage, chartProxyEnvNames, compareVersions, formatVersion, imageVersion, MIGRATION_JOB_MIN_VERSION } from "../../litellm/index.js";

/** The helm target's image for instances without spec.image, and where it was chosen. */
export interface HelmImageDefault {
  image: string;
  /** CompilerConfig spec.defaults.image, when that is where it comes from. */
  configured?: Location;
}

/**
 * defaults.image when the CompilerConfig sets it; else the chart's own image for the chart
 * version (its appVersion), which the chart's migration Job is tested with; else, for a chart
 * version whose appVersion is unknown, the compiler's default image.
 */
export function helmImageDefault(config: CompilerConfigResource | undefined, settings: IR["settings"]): HelmImageDefault {
  const configured = config?.value.spec?.defaults?.image;
  if (configured !== undefined) return { image: configured, configured: locationOf(config!.doc, "/spec/defaults/image") };
  return { image: chartDefaultImage(settings.helm.chartVersion) ?? settings.defaultImage };
}

/**
 * What the chart would do with this instance that the values cannot change (helm target only):
 * - an extraEnvVars entry naming a variable the chart itself sets on the proxy container
 *   (chartProxyEnvNames, src/litellm/helm-chart.ts) is a duplicate env entry, the last one wins: LG4004 at the entry;
 * - a database given as DATABASE_* parts with an image whose migration script cannot build
 *   DATABASE_URL from them (MIGRATION_JOB_MIN_VERSION): LG4035 where the image is chosen.
 */
export function checkHelmTarget(instance: InstanceResource, imageDefault: HelmImageDefault, settings: IR["settings"], report: Report): void {
  const spec = instance.value.spec;
  const extra = spec.extraEnvVars ?? [];
  const databaseUrl = extra.some((e) => e.name === "DATABASE_URL");
  // helm-values.ts enables the migration Job whenever the proxy has a database.
  const migrationJob = spec.databaseSecretRef !== undefined || databaseUrl;
  const chartSets = new Set(chartProxyEnvNames(migrationJob));
  extra.forEach((envVar, i) => {
    if (!chartSets.has(envVar.name)) return;
    const why = envVar.name === "PORT" || envVar.name === "HOST" ? "chartListens" : envVar.name === "DISABLE_SCHEMA_UPDATE" ? "chartMigrates" : "chartMasterKey";
    report(diagnose("LG4004", locationOf(instance.doc, `/spec/extraEnvVars/${i}/name`), why, { name: envVar.name }));
  });

  if (spec.databaseSecretRef === undefined || databaseUrl) return;
  const image = spec.image ?? imageDefault.image;
  const version = imageVersion(image);
  if (version === undefined || compareVersions(version, MIGRATION_JOB_MIN_VERSION) >= 0) return;
  const at = spec.image !== undefined ? locationOf(instance.doc, "/spec/image") : (imageDefault.configured ?? locationOf(instance.doc, "/metadata/name"));
  const chartImage = chartDefaultImage(settings.helm.chartVersion);
  const args = { image, version: formatVersion(version), minimum: formatVersion(MIGRATION_JOB_MIN_VERSION) };
  report(chartImage ? diagnose("LG4035", at, "tooOldForChart", { ...args, chartImage }) : diagnose("LG4035", at, "tooOld", args));
}
