import type { Report } from "../diagnostics.js";
import type { Classification } from "../classify/classify.js";
import type { Project } from "../resources.js";
import type { CheckedInput } from "../schema/schema.js";
import { checkAccess } from "./access.js";
import { checkCommittedSecrets, checkLiteralCredentials } from "./credentials.js";
import { checkDisplayNames } from "./display-names.js";
import { checkFallbackCycles } from "./fallbacks.js";
import { checkIntegrations } from "./integrations.js";
import { checkKubernetesValues } from "./kubernetes.js";
import { checkNames } from "./names.js";
import { checkSelectors } from "./selectors.js";
import { assembleProject } from "./project.js";
import { checkProviders } from "./providers.js";
import { checkDuplicates, checkInstanceRefs } from "./references.js";
import { checkSettingsKeys } from "./settings-keys.js";
import { checkValues } from "./values.js";
import { checkYaml11Booleans } from "./yaml11.js";

/** The rules a schema cannot say, each over the whole project. Order only affects report order, which is sorted later. */
const RULES = [checkNames, checkDuplicates, checkInstanceRefs, checkProviders, checkValues, checkLiteralCredentials, checkCommittedSecrets, checkSettingsKeys, checkAccess, checkYaml11Booleans, checkIntegrations, checkSelectors, checkKubernetesValues, checkDisplayNames, checkFallbackCycles];

/** The sixth stage: the checked inputs as a Project, and every rule over it. */
export function checkRules(inputs: readonly CheckedInput[], found: Classification, failedTexts: ReadonlyArray<string | null>, report: Report): Project {
  const project = assembleProject(inputs, found, failedTexts, report);
  for (const rule of RULES) rule(project, report);
  return project;
}
