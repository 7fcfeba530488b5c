import { isMap, isPair, isScalar, isSeq, parseAllDocuments, visit, type Node } from "yaml";
import { MASK, isCredentialUrl, isEnvironReference, isSensitiveKey } from "../litellm/index.js";

/**
 * Masks credential values in source lines before they are shown in a code frame. Two passes:
 * the YAML tree, when the file parses, masks every value under a credential key (the one
 * policy: src/litellm/sensitive.ts), every URL with a credential in it and every value of a
 * Secret's `data`/`stringData`, however it is written (flow mappings, multi-line quoted
 * strings, block scalars); then line patterns catch what a file that does not parse still shows.
 */
/** `key: value` on one line; a commented-out one (`# apiKey: sk-…`) too. */
const KEY_VALUE = /^(\s*(?:#\s*)?(?:-\s+)?["']?)([^"'\s:#][^"':#]*?)(["']?\s*:[ \t]+)(\S.*?)(\s*(?:#.*)?)$/;
/** `key:` with its value on the following lines. */
const KEY_ONLY = /^(\s*(?:-\s+)?["']?)([^"'\s:#][^"':#]*?)["']?\s*:\s*(#.*)?$/;
/** A line that starts a mapping entry or a list item (not a continuation of a scalar). */
const ENTRY_LINE = /^\s*(?:-(\s|$)|["']?[^"'\s:#][^"':#]*["']?\s*:(\s|$))/;
/** `key: value` inside a flow mapping: `{model: x, apiKey: sk-…}`. */
const FLOW_PAIR = /([{,]\s*)(["']?)([^"'\s:#{},[\]][^"':#{},[\]]*?)\2(\s*:\s*)("(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?|[^,{}[\]]*)/g;
const SECRET_KIND = /(^|[{,\s])["']?kind["']?\s*:\s*["']?Secret(?![A-Za-z0-9])/m;
const SECRET_VALUES_KEY = /^(data|stringData):\s*(.*)$/;

/** A reference as it appears in source text, quoted or not: it names a variable, it holds no value. */
function isReferenceText(text: string): boolean {
  return isEnvironReference(text.replace(/^["']/, ""));
}

/** A value as it appears in source text, quotes stripped, that carries a credential whatever its key. */
function isCredentialUrlText(text: string): boolean {
  return isCredentialUrl(text.replace(/^["']|["']$/g, ""));
}

/** The lines of `text` with every credential-looking value replaced by a mask. */
export function redactLines(text: string): string[] {
  const lines = maskTree(text).split(/\r?\n/);
  const masked = maskedLines(lines);
  return lines.map((line, i) => {
    if (masked.has(i)) return maskAfterColon(line);
    return maskFlowPairs(maskKeyValue(line));
  });
}

function maskKeyValue(line: string): string {
  const match = KEY_VALUE.exec(line);
  if (!match) return line;
  const [, lead, key, sep, value, rest] = match;
  if (!(isSensitiveKey(key!) || isCredentialUrlText(value!)) || isReferenceText(value!) || /^[|>]/.test(value!) || value === MASK) return line;
  return `${lead}${key}${sep}${MASK}${rest}`;
}

function maskFlowPairs(line: string): string {
  if (!line.includes("{")) return line;
  return line.replace(FLOW_PAIR, (all, lead: string, quote: string, key: string, sep: string, value: string) =>
    (isSensitiveKey(key) || isCredentialUrlText(value.trim())) && value.trim() !== "" && !isReferenceText(value)
      ? `${lead}${quote}${key}${quote}${sep}${MASK}`
      : all,
  );
}

/**
 * Lines that are all value: inside the `data:`/`stringData:` of a `kind: Secret` document,
 * and the continuation lines of a value under a sensitive key (block scalars, multi-line
 * plain or quoted strings, a scalar on the line after its key).
 */
function maskedLines(lines: string[]): Set<number> {
  const masked = new Set<number>();
  let docStart = 0;
  const flush = (end: number) => {
    const doc = lines.slice(docStart, end);
    if (!SECRET_KIND.test(doc.join("\n"))) return;
    for (let i = 0; i < doc.length; i++) {
      const match = SECRET_VALUES_KEY.exec(doc[i]!);
      if (!match) continue;
      if (match[2] && !match[2].startsWith("#")) masked.add(docStart + i); // flow mapping on the same line
      for (let j = i + 1; j < doc.length && /^(\s|$)/.test(doc[j]!); j++) masked.add(docStart + j);
    }
  };
  lines.forEach((line, i) => {
    if (/^---/.test(line)) {
      flush(i);
      docStart = i + 1;
    }
  });
  flush(lines.length);

  lines.forEach((line, i) => {
    const withValue = KEY_VALUE.exec(line);
    const keyOnly = withValue ? undefined : KEY_ONLY.exec(line);
    const key = withValue?.[2] ?? keyOnly?.[2];
    if (key === undefined || !isSensitiveKey(key) || (withValue && isReferenceText(withValue[4]!))) return;
    const lead = (withValue ?? keyOnly)![1]!;
    if (lead.includes("#")) return; // a comment has no continuation lines
    // Where the key starts: in `- key: x` the item's next keys are siblings, not continuations.
    const indent = lead.replace(/["']$/, "").length;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!;
      if (next.trim() === "") continue;
      if (next.search(/\S/) <= indent) break;
      // After `key: value` every deeper line continues the scalar; after `key:` alone, deeper
      // entries are a nested mapping (their own keys decide) and other lines are the scalar.
      if (withValue || !ENTRY_LINE.test(next)) masked.add(j);
    }
  });
  return masked;
}

function maskAfterColon(line: string): string {
  const colon = line.indexOf(":");
  if (colon < 0) return line.trim() === "" ? line : line.replace(/\S.*$/, MASK);
  const after = line.slice(colon + 1);
  return after.trim() === "" ? line : `${line.slice(0, colon + 1)} ${MASK}`;
}

/**
 * The text with every value a credential may be in replaced by the mask, line breaks kept
 * (so that line numbers still match). The parse is tolerant: a file with errors still gives
 * a tree for its well-formed parts. Anything unexpected leaves the text to the line patterns.
 */
function maskTree(text: string): string {
  // Parsing is the expensive part (seconds for a multi-megabyte file): skipped when no key in
  // the text can be a credential's or a Secret's. Explicit keys (`? key`) and escapes (`"\u004b"`)
  // could hide one from this test, so they always get the parse.
  if (!/(key|password|passwd|secret|token|credentials?|authorization|cookie|\bdata|stringData)["']?\s*:|^\s*\?|\\|\/\/[^\s/]*@|[?&][\w.-]*=/im.test(text)) return text;
  const ranges: Array<[number, number]> = [];
  try {
    const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, strict: false });
    if (!Array.isArray(docs)) return text;
    for (const doc of docs) {
      const contents = doc.contents as Node | null;
      const isSecret = isMap(contents) && contents.items.some((p) => scalarText(p.key) === "kind" && scalarText(p.value) === "Secret");
      if (isSecret && isMap(contents)) {
        for (const pair of contents.items) {
          if (scalarText(pair.key) === "data" || scalarText(pair.key) === "stringData") maskValue(pair.value as Node, ranges, true);
        }
      }
      visit(doc, {
        Pair(_key, pair) {
          const key = scalarText(pair.key);
          if (key !== undefined && isSensitiveKey(key)) maskValue(pair.value as Node | null, ranges, false);
          else if (isScalar(pair.value) && typeof pair.value.value === "string" && isCredentialUrl(pair.value.value)) maskValue(pair.value, ranges, false);
        },
      });
    }
  } catch {
    return text; // a pathological file (nesting that exhausts the stack): the line patterns still apply
  }
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + text.slice(from, end).replace(/([ \t]*)[^\r\n]+/g, (_all, indent: string) => indent + MASK);
    at = end;
  }
  return out + text.slice(at);
}

/**
 * The scalars of a value: a list's items, and with `mappings` a mapping's values (not its
 * keys). Without it a mapping is left to its own keys (`modelCredentials: {nameRef: …}` names
 * a Secret, it holds none).
 */
function maskValue(node: Node | null | undefined, ranges: Array<[number, number]>, mappings: boolean): void {
  if (!node) return;
  if (isScalar(node)) {
    if (node.range && !isEnvironReference(node.value)) ranges.push([node.range[0], node.range[1]]);
  } else if (isMap(node)) {
    if (mappings) for (const pair of node.items) if (isPair(pair)) maskValue(pair.value as Node | null, ranges, true);
  } else if (isSeq(node)) {
    for (const item of node.items) maskValue(item as Node, ranges, mappings);
  }
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && (typeof node.value === "string" || typeof node.value === "number") ? String(node.value) : undefined;
}
