import type { Report } from "../diagnostics.js";
import type { SourceFile } from "../read/source.js";
import { ParseCache } from "./cache.js";
import type { ParsedDocument } from "./locate.js";
import { documentsOf, parsedText, parseSource } from "./parse.js";

/**
 * The third stage: every source's YAML documents. With a cache folder, a text parsed cleanly
 * before is read back from the parse cache instead (cache.ts); the result is the same.
 */
export function parse(sources: readonly SourceFile[], cacheDir: string | undefined, report: Report): ParsedDocument[] {
  const cache = cacheDir === undefined ? undefined : ParseCache.open(cacheDir);
  const documents: ParsedDocument[] = [];
  for (const source of sources) {
    const cached = cache?.lookup(source.text);
    if (cached) {
      documents.push(...documentsOf(source, cached));
      continue;
    }
    let clean = true;
    const parsed = parseSource(source, (d) => {
      clean = false;
      report(d);
    });
    documents.push(...parsed);
    if (cache && clean) cache.store(source.text, parsedText(parsed));
  }
  cache?.save();
  return documents;
}
