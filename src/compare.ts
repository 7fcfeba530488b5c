/**
 * Code-unit order of strings, not localeCompare: everything we write (file lists, manifests,
 * sorted keys, diagnostics) must come out in the same order on every machine and locale.
 * A leaf: it imports nothing, so that every stage can use it.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
