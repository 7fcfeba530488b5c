import { MAX_PAGE_SIZE, ROUTES } from "../litellm/management-api.js";
import type { LiteLLMClient } from "./client.js";

/** The part of `metadata` the sync writes on every object it creates (see ownership.ts). */
export type Metadata = Record<string, unknown>;

export interface ObservedTeam {
  team_id: string;
  team_alias?: string | null;
  blocked?: boolean | null;
  metadata?: Metadata | null;
  members_with_roles?: Array<{ user_id?: string | null; user_email?: string | null; role?: string }> | null;
}

export interface ObservedUser {
  user_id: string;
  user_email?: string | null;
  metadata?: Metadata | null;
  teams?: string[] | null;
}

export interface ObservedKey {
  /** sha256 of the key value (`hash_token`). */
  token: string;
  key_alias?: string | null;
  blocked?: boolean | null;
  metadata?: Metadata | null;
  team_id?: string | null;
  user_id?: string | null;
}

export interface Observed {
  teams: Map<string, ObservedTeam>;
  users: Map<string, ObservedUser>;
  /** By alias; a key without alias is never ours (we always set one). */
  keysByAlias: Map<string, ObservedKey[]>;
  keysByToken: Map<string, ObservedKey>;
}

/**
 * Everything the master key can see, read page by page. Listing all of it (rather than
 * filtering) sidesteps LiteLLM's filters: `/v2/team/list?team_alias=` is a partial,
 * case-insensitive match (team_endpoints.py `list_team_v2`), and an unknown query parameter is
 * ignored, so a misspelt filter would list everything anyway. Objects of ours that left Git are
 * found here by their metadata.
 */
export async function observe(client: LiteLLMClient): Promise<Observed> {
  // list_team_v2: {teams, total, page, page_size, total_pages}; page_size ≤ 100.
  const teams = await pages(client, ROUTES.teamList, "page_size", "teams", "total_pages");
  // internal_user_endpoints.py get_users: {users, total, page, page_size, total_pages}.
  const users = await pages(client, ROUTES.userList, "page_size", "users", "total_pages");
  // key_management_endpoints.py list_keys: {keys, total_count, current_page, total_pages};
  // return_full_object=true gives the rows (metadata, token) instead of bare hashes.
  const keys = await pages(client, ROUTES.keyList, "size", "keys", "total_pages", { return_full_object: true });
  const observed: Observed = { teams: new Map(), users: new Map(), keysByAlias: new Map(), keysByToken: new Map() };
  for (const t of teams as ObservedTeam[]) if (t && typeof t.team_id === "string") observed.teams.set(t.team_id, t);
  for (const u of users as ObservedUser[]) if (u && typeof u.user_id === "string") observed.users.set(u.user_id, u);
  for (const k of keys as ObservedKey[]) {
    if (!k || typeof k.token !== "string") continue;
    observed.keysByToken.set(k.token, k);
    if (typeof k.key_alias === "string") observed.keysByAlias.set(k.key_alias, [...(observed.keysByAlias.get(k.key_alias) ?? []), k]);
  }
  return observed;
}

async function pages(
  client: LiteLLMClient,
  path: string,
  sizeParam: string,
  itemsField: string,
  pagesField: string,
  extra: Record<string, string | boolean> = {},
): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let page = 1; ; page++) {
    const body = await client.call<Record<string, unknown>>({ method: "GET", path, query: { ...extra, page, [sizeParam]: MAX_PAGE_SIZE } });
    const batch = Array.isArray(body?.[itemsField]) ? (body[itemsField] as unknown[]) : [];
    items.push(...batch);
    const total = typeof body?.[pagesField] === "number" ? (body[pagesField] as number) : page;
    if (page >= total || batch.length === 0) return items;
  }
}
