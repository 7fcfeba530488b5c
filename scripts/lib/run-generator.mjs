// Shared `main` of the code generators (npm run gen): when the script is run directly, write
// the files its `generate()` returns, relative to the repository root.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export function runGenerator(moduleUrl, root, generate, describeError = (err) => err) {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  generate()
    .then((files) => {
      for (const [rel, content] of Object.entries(files)) {
        const file = join(root, rel);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
        console.log(`wrote ${rel}`);
      }
    })
    .catch((err) => {
      console.error(describeError(err));
      process.exitCode = 1;
    });
}
