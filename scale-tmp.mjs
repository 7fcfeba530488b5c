import { parseSource } from "./dist/compiler/parse.js";
for (const n of [40000, 300000]) {
  const text = "a: {" + Array.from({ length: n }, (_, i) => `k${i}: v`).join(", ") + ", k5: dup}\n";
  const t = performance.now();
  const r = parseSource({ path: "x.yaml", text });
  console.log(n, (performance.now() - t).toFixed(0), "ms", r.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`));
}
