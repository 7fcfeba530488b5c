import type { Outcome } from "./apply.js";
import type { Action, Plan, Problem } from "./plan.js";

export interface Report {
  url: string;
  owner: string;
  dryRun: boolean;
  ready: boolean;
  readyDetail?: string;
  waitSeconds?: number;
  /** The objects could not be listed. */
  readError?: string;
  plan: Plan;
  /** Empty on a dry run. */
  outcomes: Outcome[];
}

interface Row {
  kind: string;
  op: string;
  name: string;
  resource?: string;
  fields: string[];
  status: "planned" | "done" | "failed";
  endpoint?: string;
  message?: string;
  warning?: string;
}

function rows(r: Report): Row[] {
  const status = new Map<Action, Outcome>(r.outcomes.map((o) => [o.action, o]));
  return r.plan.actions.map((a) => {
    const o = status.get(a);
    return {
      kind: a.kind,
      op: a.op,
      name: a.name,
      ...(a.resource ? { resource: a.resource } : {}),
      fields: a.fields,
      status: o ? o.status : "planned",
      ...(o?.endpoint ? { endpoint: o.endpoint } : {}),
      ...(o?.message ? { message: o.message } : {}),
      ...(o?.warning ? { warning: o.warning } : {}),
    };
  });
}

function counts(list: Row[]): { create: number; update: number; delete: number; failed: number } {
  const c = { create: 0, update: 0, delete: 0, failed: 0 };
  for (const row of list) {
    if (row.op === "create") c.create++;
    else if (row.op === "delete") c.delete++;
    else c.update++;
    if (row.status === "failed") c.failed++;
  }
  return c;
}

/** The plan and its outcome as text or JSON. Nothing here holds a value: names of objects and fields only. */
export function report(r: Report, format: "text" | "json"): string {
  const list = rows(r);
  const summary = { ...counts(list), errors: r.plan.errors.length, warnings: r.plan.warnings.length };
  if (format === "json") {
    return (
      JSON.stringify(
        {
          url: r.url,
          owner: r.owner,
          dryRun: r.dryRun,
          ready: r.ready,
          ...(r.readyDetail ? { readyDetail: r.readyDetail } : {}),
          ...(r.readError ? { readError: r.readError } : {}),
          actions: list,
          errors: r.plan.errors,
          warnings: r.plan.warnings,
          summary,
        },
        null,
        2,
      ) + "\n"
    );
  }
  const out: string[] = [`sync ${r.url} (owner ${r.owner})${r.dryRun ? ": dry run, nothing is sent" : ""}`];
  if (!r.ready) {
    out.push(`error: the proxy did not become ready within ${r.waitSeconds ?? 0}s (GET /health/readiness: ${r.readyDetail ?? "no answer"})`);
    return out.join("\n") + "\n";
  }
  if (r.readError) {
    out.push(`error: cannot list the proxy's teams, users and keys: ${r.readError}`);
    return out.join("\n") + "\n";
  }
  const width = (f: (x: Row) => string) => Math.max(0, ...list.map((x) => f(x).length));
  const wOp = width((x) => x.op);
  const wKind = width((x) => x.kind);
  const wName = width((x) => x.name);
  for (const row of list) {
    const verb = r.dryRun ? row.op : row.status === "failed" ? "FAILED" : row.op;
    const head = `  ${verb.padEnd(Math.max(wOp, 6))}  ${row.kind.padEnd(wKind)}  ${row.name.padEnd(wName)}`;
    const resource = row.resource ? `  (${row.resource})` : "";
    const fields = row.fields.length > 0 ? `: ${row.fields.join(", ")}` : "";
    out.push(`${head}${resource}${fields}`);
    if (row.status === "failed") out.push(`      ${row.op} refused: ${row.endpoint ?? ""}: ${row.message ?? ""}`);
    if (row.warning) out.push(`      warning: ${row.warning}`);
  }
  for (const e of r.plan.errors) out.push(`error: ${line(e)}`);
  for (const w of r.plan.warnings) out.push(`warning: ${line(w)}`);
  const total = list.length;
  const verb = r.dryRun ? "plan" : "applied";
  out.push(
    total === 0 && r.plan.errors.length === 0
      ? "nothing to do: LiteLLM already holds the declared state"
      : `${verb}: ${summary.create} to create, ${summary.update} to update, ${summary.delete} to delete` +
          (r.dryRun ? "" : `, ${summary.failed} refused`) +
          (summary.errors > 0 ? `, ${summary.errors} not applied (errors above)` : ""),
  );
  return out.join("\n") + "\n";
}

function line(p: Problem): string {
  return `${p.kind} ${p.name}${p.resource ? ` (${p.resource})` : ""}: ${p.message}`;
}
