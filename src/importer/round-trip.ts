/**
 * The round-trip check of `import`: the config.yaml that `build` emits for the imported
 * resources, compared as data with the config LiteLLM read, after exactly these
 * normalisations (docs/import.md, "Round trip"):
 *
 *  1. model_list order: the compiler sorts models by model_name and id; entries are paired by
 *     model_name, then by fewest differences.
 *  2. model_info.id: every emitted model has an explicit, stable id. When the original has
 *     none (LiteLLM then hashes the params), the emitted id is not compared; otherwise the
 *     two are compared as strings (LiteLLM turns an int id into a string).
 *  3. Credentials moved to the environment: a literal credential (api_key, aws_* keys,
 *     vertex_credentials, or a string under a key ending in key/password/secret/token/
 *     credentials, or a URL with a password) may come back as `os.environ/NAME`.
 *  4. general_settings.master_key: always `os.environ/LITELLM_MASTER_KEY` (set from the
 *     instance's masterKeySecretRef); whatever the original had is not compared.
 *  5. general_settings.store_model_in_db: `false` is added when the original does not set it
 *     (LiteLLM's default is false too); allow_requests_on_db_unavailable: `true` is added with a
 *     database when the original does not set it (as the operator does).
 *  6. Numbers compare by value: `20_000`, `5.0` and `0.000420` equal 20000, 5 and 0.00042.
 *  7. Key order is not compared (the compiler sorts keys).
 *  8. A settings section or model_info that is null, {} or absent is the same (LiteLLM reads
 *     all three as "nothing").
 *  9. A model credential's variable may come back renamed `NAME_<hash>` when NAME is one the
 *     compiler sets itself (REDIS_HOST…) or two Secret keys would share it: the container sets
 *     the new name from the same Secret key, so LiteLLM reads the same value.
 * 10. guardrails order: the compiler lists guardrails by guardrail_name (the import warns,
 *     LG6007, when that changes the order); entries are paired by guardrail_name.
 * 11. The order of litellm_settings' success_callback, failure_callback and callbacks: the
 *     compiler lists each Callback once, by name (LiteLLM calls every logger of an event).
 *
 * model_list, the three settings sections, guardrails, mcp_servers and callback_settings are
 * compared; other top-level keys are either carried elsewhere (environment_variables →
 * container env) or reported by the import.
 */
import { isLiteralCredentialParam } from "./secrets.js";
import { MASK, MASTER_KEY_ENV, environReference, isEnvironReference, isLiteralSecret } from "../litellm/index.js";
import type { Plain } from "./types.js";
import { isRecord } from "../records.js";
import { compareStrings } from "../compare.js";

export interface Difference {
  /** JSON pointer into the original config; for an entry only the rebuilt config has, into the rebuilt one. */
  path: string;
  kind: "missing" | "added" | "changed";
  /** The values, with credential-looking ones masked. */
  original?: unknown;
  rebuilt?: unknown;
}

const SECTIONS = ["router_settings", "litellm_settings", "general_settings"] as const;
const GENERATED_MASTER_KEY = environReference(MASTER_KEY_ENV);

/** The differences left after the documented normalisations; empty when the import round-trips. */
export function roundTripDiff(original: unknown, rebuilt: unknown): Difference[] {
  const o = isRecord(original) ? original : {};
  const r = isRecord(rebuilt) ? rebuilt : {};
  const diffs: Difference[] = [];
  diffModelList(listOf(o.model_list), listOf(r.model_list), diffs);
  for (const key of SECTIONS) {
    const os = { ...mappingOf(o[key]) };
    const rs = { ...mappingOf(r[key]) };
    if (key === "general_settings") {
      if (rs.master_key === GENERATED_MASTER_KEY) {
        delete os.master_key;
        delete rs.master_key;
      }
      if (!Object.hasOwn(os, "store_model_in_db") && rs.store_model_in_db === false) delete rs.store_model_in_db;
      if (!Object.hasOwn(os, "allow_requests_on_db_unavailable") && rs.allow_requests_on_db_unavailable === true) delete rs.allow_requests_on_db_unavailable;
    }
    if (key === "litellm_settings") {
      for (const list of CALLBACK_LISTS) {
        if (Array.isArray(os[list]) && Array.isArray(rs[list])) {
          os[list] = sortedNames(os[list]);
          rs[list] = sortedNames(rs[list]);
        }
      }
    }
    compare(os, rs, `/${key}`, key, "setting", "setting", diffs);
  }
  diffGuardrails(listOf(o.guardrails), listOf(r.guardrails), diffs);
  // A server's own fields and the credential it sends are params of the server (rule 3 as for litellm_params).
  const oServers = mappingOf(o.mcp_servers);
  const rServers = mappingOf(r.mcp_servers);
  for (const name of new Set([...Object.keys(oServers), ...Object.keys(rServers)])) {
    const path = `/mcp_servers/${pointerKey(name)}`;
    if (!Object.hasOwn(rServers, name)) diffs.push({ path, kind: "missing", original: "(server)" });
    else if (!Object.hasOwn(oServers, name)) diffs.push({ path, kind: "added", rebuilt: "(server)" });
    else compare(mappingOf(oServers[name]), mappingOf(rServers[name]), path, name, "setting", "param", diffs);
  }
  compare(mappingOf(o.callback_settings), mappingOf(r.callback_settings), "/callback_settings", "callback_settings", "setting", "setting", diffs);
  return diffs;
}

const CALLBACK_LISTS = ["success_callback", "failure_callback", "callbacks"];

function sortedNames(list: unknown[]): unknown[] {
  return [...list].sort((a, b) => compareStrings(String(a), String(b)));
}

function pointerKey(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Normalisation 10: guardrails paired by guardrail_name; litellm_params compared as a model's are. */
function diffGuardrails(original: unknown[], rebuilt: unknown[], diffs: Difference[]): void {
  const byName = new Map<unknown, number>();
  rebuilt.forEach((entry, j) => byName.set(mappingOf(entry).guardrail_name, j));
  const used = new Set<number>();
  original.forEach((entry, i) => {
    const o = { ...mappingOf(entry) };
    const path = `/guardrails/${i}`;
    const j = byName.get(o.guardrail_name);
    if (j === undefined || used.has(j)) {
      diffs.push({ path, kind: "missing", original: { guardrail_name: o.guardrail_name } });
      return;
    }
    used.add(j);
    const r = { ...mappingOf(rebuilt[j]) };
    compare(mappingOf(o.litellm_params), mappingOf(r.litellm_params), `${path}/litellm_params`, "litellm_params", "setting", "param", diffs);
    delete o.litellm_params;
    delete r.litellm_params;
    compare(o, r, path, "", "setting", "setting", diffs);
  });
  rebuilt.forEach((entry, j) => {
    if (!used.has(j)) diffs.push({ path: `/guardrails/${j}`, kind: "added", rebuilt: { guardrail_name: mappingOf(entry).guardrail_name } });
  });
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function mappingOf(value: unknown): Plain {
  return isRecord(value) ? value : {};
}

function diffModelList(original: unknown[], rebuilt: unknown[], diffs: Difference[]): void {
  const used = new Set<number>();
  original.forEach((entry, i) => {
    const path = `/model_list/${i}`;
    const name = isRecord(entry) ? entry.model_name : undefined;
    let best: { index: number; diffs: Difference[] } | undefined;
    rebuilt.forEach((candidate, j) => {
      if (used.has(j) || !isRecord(candidate) || candidate.model_name !== name) return;
      const found: Difference[] = [];
      compareEntry(entry, candidate, path, found);
      if (!best || found.length < best.diffs.length) best = { index: j, diffs: found };
    });
    if (!best) {
      diffs.push({ path, kind: "missing", original: typeof name === "string" ? { model_name: name } : "(entry)" });
      return;
    }
    used.add(best.index);
    diffs.push(...best.diffs);
  });
  rebuilt.forEach((candidate, j) => {
    if (!used.has(j)) diffs.push({ path: `/model_list/${j}`, kind: "added", rebuilt: isRecord(candidate) ? { model_name: candidate.model_name } : candidate });
  });
}

function compareEntry(original: unknown, rebuilt: Plain, path: string, diffs: Difference[]): void {
  const o = { ...mappingOf(original) };
  const r = { ...rebuilt };
  const oInfo = { ...mappingOf(o.model_info) };
  const rInfo = { ...mappingOf(r.model_info) };
  if (oInfo.id === undefined || oInfo.id === null) {
    delete oInfo.id;
    delete rInfo.id;
  } else if (rInfo.id !== undefined && String(oInfo.id) === String(rInfo.id)) {
    delete oInfo.id;
    delete rInfo.id;
  }
  compare(oInfo, rInfo, `${path}/model_info`, "model_info", "setting", "setting", diffs);
  compare(mappingOf(o.litellm_params), mappingOf(r.litellm_params), `${path}/litellm_params`, "litellm_params", "setting", "param", diffs);
  delete o.model_info;
  delete r.model_info;
  delete o.litellm_params;
  delete r.litellm_params;
  compare(o, r, path, "", "setting", "setting", diffs);
}

/** Which literal rule applies to a key: a model's top-level litellm_params, or a free-form setting. */
type Rule = "param" | "setting";

/** `rule` applies to this value under `key`; `childRule` to the keys of this mapping (litellm_params' own keys are params). */
function compare(o: unknown, r: unknown, path: string, key: string, rule: Rule, childRule: Rule, diffs: Difference[]): void {
  if (typeof o === "number" && typeof r === "number") {
    if (o !== r && !(Number.isNaN(o) && Number.isNaN(r))) diffs.push(changed(path, key, o, r));
    return;
  }
  if (isEnvironReference(r) && o !== r && movedLiteral(key, o, rule)) return;
  if (typeof o === "string" && typeof r === "string" && renamedVariable(o, r)) return;
  if (Array.isArray(o) && Array.isArray(r)) {
    const n = Math.max(o.length, r.length);
    for (let i = 0; i < n; i++) {
      if (i >= r.length) diffs.push({ path: `${path}/${i}`, kind: "missing", original: mask(String(i), o[i]) });
      else if (i >= o.length) diffs.push({ path: `${path}/${i}`, kind: "added", rebuilt: mask(String(i), r[i]) });
      else compare(o[i], r[i], `${path}/${i}`, String(i), "setting", "setting", diffs);
    }
    return;
  }
  if (isRecord(o) && isRecord(r)) {
    for (const k of Object.keys(o)) {
      const child = `${path}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if (!Object.hasOwn(r, k)) diffs.push({ path: child, kind: "missing", original: mask(k, o[k]) });
      else compare(o[k], r[k], child, k, childRule, "setting", diffs);
    }
    for (const k of Object.keys(r)) {
      if (!Object.hasOwn(o, k)) diffs.push({ path: `${path}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`, kind: "added", rebuilt: mask(k, r[k]) });
    }
    return;
  }
  if (o !== r) diffs.push(changed(path, key, o, r));
}

/** Normalisation 9: `os.environ/NAME` may come back as `os.environ/NAME_<hash>` (resolve/credentials.ts `credentialEnvNames`). */
function renamedVariable(o: string, r: string): boolean {
  return isEnvironReference(o) && r.startsWith(`${o}_`) && /^[0-9A-F]{6,}$/.test(r.slice(o.length + 1));
}

/** Normalisation 3, with the importer's own rule for what counts as a literal credential. */
function movedLiteral(key: string, original: unknown, rule: Rule): boolean {
  return rule === "param" ? isLiteralCredentialParam(key, original) : isLiteralSecret(key, original);
}

function changed(path: string, key: string, o: unknown, r: unknown): Difference {
  return { path, kind: "changed", original: mask(key, o), rebuilt: mask(key, r) };
}

function mask(key: string, value: unknown): unknown {
  return isLiteralCredentialParam(key, value) ? MASK : value;
}
