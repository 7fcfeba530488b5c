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

/**
 * The lines of `text` with every credential-looking value replaced by a mask. `flagged` are
 * the 1-based lines where a rule found a credential (LG3008, LG6005): every value on such a
 * line is masked, whatever its key (`value:` of an env entry, a neighbour in a flow mapping),
 * and so is the whole value that starts there (a block scalar's lines too); key names stay.
 *
 * A file that parses cleanly is masked from its tree alone, plus URL credentials line by
 * line: its Secret data key names (`keys: {awsAccessKeyId: AWS_KEY}`, `key: masterKey`) stay
 * visible, since diagnostics such as LG4004 are about exactly them. A file that does not
 * parse gets the line patterns too, which mask by key name and err on the side of hiding.
 */
export function redactLines(text: string, flagged: ReadonlySet<number> = new Set()): string[] {
  const tree = maskTree(text, flagged);
  const lines = tree.text.split(/\r?\n/);
  if (tree.clean) {
    // Comments are not in the tree: a commented-out `# apiKey: sk-…` gets the key patterns.
    return lines.map((line, i) =>
      flagged.has(i + 1) ? maskAllValues(line) : /^\s*#/.test(line) ? maskKeyValue(line, "key") : maskFlowPairs(maskKeyValue(line, "url"), "url"),
    );
  }
  const masked = maskedLines(lines);
  return lines.map((line, i) => {
    if (flagged.has(i + 1)) return maskAllValues(line);
    if (masked.has(i)) return maskAfterColon(line);
    return maskFlowPairs(maskKeyValue(line, "key"), "key");
  });
}

/** What a line pattern masks: values under credential keys and credential URLs, credential URLs only, or every value. */
type Mode = "key" | "url" | "all";

function hides(mode: Mode, key: string, value: string): boolean {
  if (mode === "all") return true;
  return (mode === "key" && isSensitiveKey(key)) || isCredentialUrlText(value.trim());
}

function maskKeyValue(line: string, mode: Mode): string {
  const match = KEY_VALUE.exec(line);
  if (!match) return line;
  const [, lead, key, sep, value, rest] = match;
  if (!hides(mode, key!, value!) || isReferenceText(value!) || (mode !== "all" && /^[|>]/.test(value!)) || value === MASK) return line;
  return `${lead}${key}${sep}${MASK}${rest}`;
}

function maskFlowPairs(line: string, mode: Mode): string {
  if (!line.includes("{")) return line;
  return line.replace(FLOW_PAIR, (all, lead: string, quote: string, key: string, sep: string, value: string) =>
    hides(mode, key, value) && value.trim() !== "" && !isReferenceText(value) ? `${lead}${quote}${key}${quote}${sep}${MASK}` : all,
  );
}

/** Every value on a line, keys kept: `key: v`, `{a: v, b: w}`, `- v`, `[v, w]`, a scalar's continuation. */
function maskAllValues(line: string): string {
  if (/^\s*(#|$)/.test(line) || KEY_ONLY.test(line)) return line;
  const match = KEY_VALUE.exec(line);
  if (match) {
    const [, lead, key, sep, value] = match;
    if (value!.startsWith("{")) return `${lead}${key}${sep}${maskFlowPairs(value!, "all")}`;
    return `${lead}${key}${sep}${value!.startsWith("[") ? `[${MASK}]` : MASK}`;
  }
  if (line.includes("{")) return maskFlowPairs(line, "all");
  return line.replace(/^(\s*(?:-\s+)?).*$/, (_all, lead: string) => `${lead}${MASK}`);
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
function maskTree(text: string, flagged: ReadonlySet<number>): { text: string; clean: boolean } {
  // Parsing is the expensive part (seconds for a multi-megabyte file): skipped when no key in
  // the text can be a credential's or a Secret's. Explicit keys (`? key`) and escapes (`"\u004b"`)
  // could hide one from this test, so they always get the parse. Skipped, the line patterns do it all.
  if (
    flagged.size === 0 &&
    !/(key|password|passwd|secret|token|credentials?|authorization|auth|bearer|cookie|\bdata|stringData)["']?\s*:|^\s*\?|\\|\/\/[^\s/]*@|[?&][\w.-]*=/im.test(text)
  ) {
    return { text, clean: false };
  }
  const ranges: Array<[number, number]> = [];
  const lineOf = lineIndex(text);
  let clean = true;
  try {
    const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, strict: false });
    if (!Array.isArray(docs)) return { text, clean: false };
    for (const doc of docs) {
      if (doc.errors.length > 0) clean = false;
      const contents = doc.contents as Node | null;
      const isSecret = isMap(contents) && contents.items.some((p) => scalarText(p.key) === "kind" && scalarText(p.value) === "Secret");
      if (isSecret && isMap(contents)) {
        for (const pair of contents.items) {
          if (scalarText(pair.key) === "data" || scalarText(pair.key) === "stringData") maskValue(pair.value as Node, ranges, true);
        }
      }
      visit(doc, {
        Pair(_key, pair, path) {
          const key = scalarText(pair.key);
          const value = pair.value as Node | null;
          // A block mapping or list that starts on a flagged line starts with its first entry: those are visited one by one.
          const wholeValue = isScalar(value) || ((isMap(value) || isSeq(value)) && value.flow === true);
          if (wholeValue && value.range && flagged.has(lineOf(value.range[0]))) maskValue(value, ranges, true);
          else if (key !== undefined && isSensitiveKey(key) && !namesSecretKey(key, path)) maskValue(value, ranges, false);
          else if (isScalar(value) && typeof value.value === "string" && isCredentialUrl(value.value)) maskValue(value, ranges, false);
        },
        Scalar(role, node) {
          if (role === "key") return;
          // A list item on a flagged line (`- sk-…`): the pairs above do not see it.
          if (node.range && flagged.has(lineOf(node.range[0]))) maskValue(node, ranges, false);
        },
      });
    }
  } catch {
    return { text, clean: false }; // a pathological file (nesting that exhausts the stack): the line patterns still apply
  }
  if (ranges.length === 0) return { text, clean };
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + text.slice(from, end).replace(/([ \t]*)[^\r\n]+/g, (_all, indent: string) => indent + MASK);
    at = end;
  }
  return { text: out + text.slice(at), clean };
}

/** 1-based line of an offset in `text`. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/**
 * A pair whose value names a Secret's data key, not a credential: the entries of a `keys:`
 * map (`keys: {awsAccessKeyId: AWS_ACCESS_KEY_ID}`) and the `key:` of a Secret reference
 * (`masterKeySecretRef`, `secretKeyRef`). Showing them is what LG4004 and LG3015 are about.
 */
function namesSecretKey(key: string, path: readonly unknown[]): boolean {
  const parentPair = path[path.length - 2];
  const parentKey = isPair(parentPair) ? scalarText(parentPair.key) : undefined;
  if (parentKey === undefined) return false;
  if (parentKey === "keys") return true;
  return key === "key" && /secret(key)?ref$/i.test(parentKey);
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
