import { diagnose, type Report } from "../diagnostics.js";
import { locationOf } from "../parse/locate.js";
import { childPointer } from "../pointer.js";
import type { Project } from "../resources.js";
import { isRecord } from "../../records.js";
import { FALLBACK_LISTS } from "../../litellm/index.js";

/**
 * A fallback chain that comes back to where it started (`gpt-4o: [claude]`, `claude:
 * [gpt-4o]`, or `gpt-4o: [gpt-4o]`). LiteLLM has no cycle check: its Router follows fallbacks
 * recursively and stops only at a depth of max_fallbacks (litellm/router.py,
 * async_function_with_fallbacks; default litellm.constants.ROUTER_MAX_FALLBACKS = 5), so a
 * failing request goes round the circle, each turn with its retries, before the caller gets
 * the error. Reported once per cycle, at the first entry of it in the file.
 */
export function checkFallbackCycles(project: Project, report: Report): void {
  for (const instance of project.instances) {
    for (const section of ["routerSettings", "litellmSettings"] as const) {
      const settings = instance.value.spec[section];
      if (!isRecord(settings)) continue;
      for (const list of FALLBACK_LISTS) {
        const entries = settings[list];
        if (!Array.isArray(entries)) continue;
        const edges = new Map<string, string[]>();
        const pointers = new Map<string, string>();
        entries.forEach((item, i) => {
          if (!isRecord(item)) return;
          for (const [group, fallbacks] of Object.entries(item)) {
            if (!pointers.has(group)) pointers.set(group, childPointer(`/spec/${section}/${list}/${i}`, group));
            const targets = edges.get(group) ?? [];
            if (Array.isArray(fallbacks)) for (const f of fallbacks) if (typeof f === "string") targets.push(f);
            edges.set(group, targets);
          }
        });
        for (const cycle of cycles(edges, [...pointers.keys()])) {
          report(
            diagnose("LG3025", locationOf(instance.doc, pointers.get(cycle[0]!)!, "key"), "cycle", {
              list: `${section === "routerSettings" ? "router_settings" : "litellm_settings"}.${list}`,
              path: [...cycle, cycle[0]!].join(" → "),
            }),
          );
        }
      }
    }
  }
}

/**
 * One cycle per strongly connected group of fallbacks (Tarjan's algorithm, iterative: linear
 * in the entries, whatever a hostile list holds), as the shortest circle from its member
 * listed first (`order`) back to it.
 */
function cycles(edges: ReadonlyMap<string, readonly string[]>, order: readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  for (const root of order) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    index.set(root, index.size);
    low.set(root, index.get(root)!);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const next = targets[frame.next++]!;
        if (!index.has(next)) {
          index.set(next, index.size);
          low.set(next, index.get(next)!);
          stack.push(next);
          onStack.add(next);
          work.push({ node: next, next: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(next)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  const rank = new Map(order.map((g, i) => [g, i]));
  const found: string[][] = [];
  for (const component of components) {
    const members = new Set(component);
    const start = component.reduce((a, b) => ((rank.get(b) ?? Infinity) < (rank.get(a) ?? Infinity) ? b : a));
    if (component.length === 1 && !(edges.get(start) ?? []).includes(start)) continue;
    found.push(shortestCircle(edges, members, start));
  }
  return found.sort((a, b) => rank.get(a[0]!)! - rank.get(b[0]!)!);
}

/** The shortest path from `start` back to it inside one strongly connected group (breadth-first). */
function shortestCircle(edges: ReadonlyMap<string, readonly string[]>, members: ReadonlySet<string>, start: string): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const next of edges.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return path;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start]; // unreachable: every member of a cyclic group lies on a circle through start
}
