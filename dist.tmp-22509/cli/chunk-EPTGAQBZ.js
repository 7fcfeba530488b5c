import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);

// src/compare.ts
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  compareStrings
};
