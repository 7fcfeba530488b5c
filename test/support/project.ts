import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { compileInputs } from "../../src/compiler/compile.js";

const made: string[] = [];

/** A throw-away project folder with the given files; removed after the test. */
export function writeProject(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lg-project-"));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function compileDir(dir: string, strict = false) {
  return compileInputs([], { cwd: dir, exclude: ["rendered"], strict });
}

export const INSTANCE = `apiVersion: litellm.litellm.ai/v1alpha1
kind: LiteLLMInstance
metadata:
  name: proxy
  namespace: ai
spec:
  image: ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1
`;

/** A Model of instance ai/proxy with the given litellmParams lines (indented by the caller's text). */
export function model(name: string, params: string, extra = ""): string {
  return `apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata:
  name: ${name}
  namespace: ai
spec:
  modelName: ${name}
  connectionRef:
    instanceRef:
      name: proxy
  modelSecretRef:
    secretName: ${name}-secret
${extra}  litellmParams:
${params
  .trim()
  .split("\n")
  .map((l) => "    " + l)
  .join("\n")}
`;
}
