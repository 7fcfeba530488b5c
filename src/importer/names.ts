/** Resource names for imported models: DNS-1123, readable, unique, and stable for a given input. */

/**
 * A DNS-1123 label made of `text`: lower case, runs of other characters as one `-`, no `-`
 * at either end, at most `max` characters. A label (not a subdomain) so that the name is also
 * a valid file name and label value; `fallback` when nothing is left (`*` → `model`).
 */
export function dnsLabel(text: string, fallback: string, max = 63): string {
  const label = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
  return label === "" ? fallback : label;
}

/** Hands out names in order: the first `gpt-4o` keeps its name, the next ones become `gpt-4o-2`, `gpt-4o-3`… */
export class UniqueNames {
  private readonly used = new Set<string>();

  take(base: string, max = 63): string {
    let name = base;
    for (let n = 2; this.used.has(name); n++) {
      const suffix = `-${n}`;
      name = base.slice(0, max - suffix.length).replace(/-+$/, "") + suffix;
    }
    this.used.add(name);
    return name;
  }
}

/** An instance or namespace name given on the command line: a DNS-1123 label (the compiler checks the rest). */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
