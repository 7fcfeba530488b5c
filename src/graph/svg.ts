/**
 * DOT to SVG with Graphviz compiled to WebAssembly (@hpcc-js/wasm-graphviz): no browser, no
 * network, no Graphviz on the machine, and the same bytes everywhere for a pinned version
 * (its text widths come from built-in font metrics, not from the fonts installed). Loaded on
 * first use: only `graph --format svg|html` pays for the module (about 0.8 MB).
 */
export async function toSvg(dot: string): Promise<string> {
  const { Graphviz } = await import("@hpcc-js/wasm-graphviz");
  const graphviz = await Graphviz.load();
  return graphviz.dot(dot, "svg");
}
