/**
 * The graph's two browser-facing outputs, checked in a real browser: one headless Chromium
 * (Debian's `chromium`, installed by .ci/run) launched once for the file.
 *
 * - The HTML page: opened from disk, screenshot taken, the SVG drawn at a non-zero size with
 *   the expected node labels in the DOM, the search working, and no network request at all.
 * - The Mermaid text: parsed by Mermaid's own parser, `mermaid.parse` from the `mermaid`
 *   package. Not under Node: Mermaid's flowchart database passes every label through
 *   DOMPurify (mermaid/src/diagrams/common/common.ts, sanitizeText), and DOMPurify without a
 *   DOM window exposes no `sanitize`/`addHook` (dompurify's createDOMPurify returns early when
 *   `window.document` is missing), so `mermaid.parse` of any flowchart with a label throws
 *   "DOMPurify.addHook is not a function" in Node. @mermaid-js/parser, the DOM-free package,
 *   has no flowchart grammar (info, packet, pie, architecture, gitGraph, radar, treemap…).
 *   So the same `mermaid.parse` runs here, in the page, where GitHub runs it too.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileInputs } from "../src/compiler/compile.js";
import { graphDiff } from "../src/graph/diff.js";
import { toMermaid } from "../src/graph/mermaid.js";
import { graphsOf } from "../src/graph/model.js";
import { cli } from "./support/cli.js";

const CHROMIUM = "/usr/bin/chromium";
const MERMAID = createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js");

let scratch: string;
let context: BrowserContext;
/** Every request any page of the browser made, by URL. */
const requests: string[] = [];

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), "litellm-gitops-browser-"));
  context = await chromium.launchPersistentContext(path.join(scratch, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    viewport: { width: 1400, height: 1000 },
  });
  context.on("request", (request) => requests.push(request.url()));
}, 60_000);

afterAll(async () => {
  await context?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe("graph --format html in Chromium", () => {
  it("draws the SVG with the expected labels, searches, and makes no network request", async () => {
    const file = path.join(scratch, "graph.html");
    const run = await cli(process.cwd(), ["graph", "fixtures/graph", "--out", file]);
    expect(run.code).toBe(0);
    const html = readFileSync(file, "utf8");
    // Nothing in the page points anywhere: no src, href, url() or @import.
    expect(html).not.toMatch(/\b(src|href)\s*=|url\(|@import/i);

    const url = pathToFileURL(file).href;
    const page = await context.newPage();
    requests.length = 0;
    await page.goto(url);
    const svg = page.locator("#picture svg");
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(500);
    expect(box!.height).toBeGreaterThan(200);
    const labels = await page.locator("#picture svg g.node text").allTextContents();
    for (const label of ["ai/router", "gpt-4o", "claude-sonnet", "openai/*", "gpt-4o-mini", "any model group", "Secret openai", "langfuse"]) {
      expect(labels.some((l) => l === label || l.startsWith(label)), label).toBe(true);
    }
    expect(await page.locator("section h2").allTextContents()).toEqual(["ai/edge", "ai/router"]);
    const screenshot = path.join(scratch, "graph.png");
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);

    // Search by model name: the tables keep only matching groups; the picture highlights them.
    await page.fill("#search", "claude");
    expect(await page.locator("tbody tr:visible").allTextContents()).toEqual([
      expect.stringContaining("claude-sonnetanthropic/claude-sonnet-4-20250514anthropic"),
    ]);
    const hits = await page.locator("g.node.hit text:first-of-type").allTextContents();
    expect(hits.sort()).toEqual(["anthropic/claude-sonnet-4-20250514", "claude-sonnet", "legacy-claude"]);
    await page.fill("#search", "");
    expect(await page.locator("tbody tr:visible").count()).toBe(6);

    expect(requests).toEqual([url]);
    await page.close();
  }, 60_000);

  it("would see a request if the page made one (the check above can fail)", async () => {
    const file = path.join(scratch, "leaky.html");
    writeFileSync(file, '<!DOCTYPE html><img src="http://127.0.0.1:9/pixel.png">');
    const page = await context.newPage();
    requests.length = 0;
    await page.goto(pathToFileURL(file).href);
    await page.waitForLoadState("load");
    expect(requests).toContain("http://127.0.0.1:9/pixel.png");
    await page.close();
  }, 30_000);
});

describe("Mermaid output in Mermaid's own parser", () => {
  async function parse(texts: string[]): Promise<string[]> {
    const page = await context.newPage();
    await page.setContent("<!DOCTYPE html><html><body></body></html>");
    await page.addScriptTag({ path: MERMAID });
    const results = await page.evaluate(async (all) => {
      const mermaid = (window as unknown as { mermaid: { parse(text: string): Promise<{ diagramType: string }> } }).mermaid;
      const out: string[] = [];
      for (const text of all) {
        try {
          out.push((await mermaid.parse(text)).diagramType);
        } catch (error) {
          out.push(`error: ${String(error)}`);
        }
      }
      return out;
    }, texts);
    await page.close();
    return results;
  }

  it("parses every fixture's flowchart, and rejects a broken one", async () => {
    const compile = (paths: string[]) => compileInputs(paths, { cwd: process.cwd(), exclude: [], strict: false }).result!;
    const texts = [
      toMermaid(graphsOf(compile(["examples/quickstart"]))),
      toMermaid(graphsOf(compile(["examples/platform"]))),
      toMermaid(graphsOf(compile(["fixtures/graph"]))),
      toMermaid(graphsOf(compile(["fixtures/graph"]), { collapseAbove: 1 })),
      // Every mark and the legend, as diff draws them.
      toMermaid(
        graphsOf(compile(["fixtures/graph/routing"])).map((g) => ({
          ...g,
          nodes: g.nodes.map((n, i) => ({ ...n, mark: (["added", "removed", "changed"] as const)[i % 3] })),
          edges: g.edges.map((e, i) => ({ ...e, mark: (["added", "removed", "changed"] as const)[i % 3] })),
        })),
        { legend: true },
      ),
      // A real diff picture: the same proxy drawn in full, then collapsed (removed deployments, an added node, changed edges).
      toMermaid([graphDiff(graphsOf(compile(["fixtures/graph/routing"]))[0], graphsOf(compile(["fixtures/graph/routing"]), { collapseAbove: 1 })[0])!], { legend: true }),
      'flowchart LR\n  a["x"]] --> b\n',
    ];
    const results = await parse(texts);
    expect(results.slice(0, -1)).toEqual(Array(texts.length - 1).fill("flowchart-v2"));
    expect(results.at(-1)).toMatch(/^error: .*Parse error on line 2/);
  }, 60_000);
});
