import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Alias,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type ParsedNode,
  visit,
} from "yaml";
import { diagnostic, type Diagnostic } from "./diagnostics.js";
import { fromPointer } from "./pointer.js";
import type { SourceFile } from "./source.js";

/** Aliases may be used, but not to multiply a small file into a huge value (billion laughs). */
const MAX_ALIAS_COUNT = 100;
/** Deeper than any real manifest; far below what would exhaust the stack in later stages. */
export const MAX_DEPTH = 64;

export interface Position {
  line: number;
  column: number;
}

export type LocateTarget = "key" | "value";

/** One YAML document of a file, as plain data, able to say where any pointer in it came from. */
export interface ParsedDocument {
  file: string;
  /** 0-based index of the document within its file. */
  index: number;
  value: unknown;
  locate(pointer: string, target?: LocateTarget): Position;
}

export interface ParseResult {
  documents: ParsedDocument[];
  diagnostics: Diagnostic[];
}

export function parseSource(source: SourceFile): ParseResult {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const documents: ParsedDocument[] = [];
  let yamlDocs: Document.Parsed[];
  try {
    yamlDocs = parseAllDocuments(source.text, {
      lineCounter,
      // yaml's own check compares each key with every earlier one: minutes for a mapping of
      // 100,000 keys. duplicateKeys() below does the same in linear time.
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      // Warnings (a collection used as a key, an unknown tag) would go to process.emitWarning.
      logLevel: "error",
    }) as Document.Parsed[];
  } catch (error) {
    // The parser recurses per nesting level; a pathological file can exhaust the stack.
    if (error instanceof RangeError) {
      return { documents, diagnostics: [tooDeep(source.path, 1, 1)] };
    }
    throw error;
  }
  // parseAllDocuments returns an EmptyStream (not an array) for a file with no documents.
  if (!Array.isArray(yamlDocs)) return { documents, diagnostics };

  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  yamlDocs.forEach((doc, index) => {
    const problems = doc.errors;
    const duplicates = problems.length === 0 ? duplicateKeys(doc) : [];
    for (const { key, first } of duplicates) {
      const firstLine = at(first.range![0]).line;
      diagnostics.push(
        diagnostic(
          "LG1004",
          { file: source.path, ...at(key.range![0]), pointer: "" },
          `duplicate key ${JSON.stringify(String(key.value))}; the first is on line ${firstLine}`,
          "Remove or rename one of the two keys: YAML readers disagree on which one wins.",
        ),
      );
    }
    if (duplicates.length > 0) return;
    // yaml turns a stack overflow while composing into an ordinary error: too deep, not a syntax error.
    const overflow = problems.find((p) => p.message.includes("Maximum call stack size exceeded"));
    if (overflow) {
      const { line, column } = at(overflow.pos[0]);
      diagnostics.push(tooDeep(source.path, line, column));
      return;
    }
    if (problems.length > 0) {
      for (const problem of problems) {
        // An unclosed quote is reported where the file ends; the opening quote is what the user must fix.
        const opening = problem.code === "MISSING_CHAR" && problem.message.includes("quote") ? unclosedQuoteStart(doc, problem.pos[0]) : undefined;
        const { line, column } = at(opening ?? problem.pos[0]);
        diagnostics.push(
          diagnostic(
            "LG1003",
            { file: source.path, line, column, pointer: "" },
            firstLine(problem.message) + (opening !== undefined ? " for the string that starts here" : ""),
            "Fix the YAML syntax at this position; `yamllint` or an editor with YAML support shows the structure.",
          ),
        );
      }
      return;
    }
    let value: unknown;
    let failedAlias: { node?: Alias } = {};
    try {
      failedAlias = watchAliases(doc);
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const start = at(doc.range[0]);
      if (error instanceof RangeError) {
        diagnostics.push(tooDeep(source.path, start.line, start.column));
        return;
      }
      if (error instanceof ReferenceError) {
        const alias = failedAlias.node?.range ? at(failedAlias.node.range[0]) : start;
        const unresolved = error.message.startsWith("Unresolved alias");
        diagnostics.push(
          unresolved
            ? diagnostic(
                "LG1003",
                { file: source.path, ...alias, pointer: "" },
                `alias *${failedAlias.node?.source ?? ""} refers to no anchor defined before it`,
                "Define the anchor (&name) before the alias (*name), or write the value out.",
              )
            : diagnostic(
                "LG1005",
                { file: source.path, ...alias, pointer: "" },
                firstLine(error.message),
                `Write the repeated values out; an alias may be expanded at most ${MAX_ALIAS_COUNT} times.`,
              ),
        );
        return;
      }
      throw error;
    }
    const deep = findTooDeep(value);
    if (deep !== undefined) {
      const position = locateIn(doc, deep, "value", at);
      diagnostics.push(tooDeep(source.path, position.line, position.column));
      return;
    }
    documents.push({
      file: source.path,
      index,
      value,
      locate: (pointer, target = "value") => locateIn(doc, pointer, target, at),
    });
  });
  return { documents, diagnostics };
}

/**
 * The second and later occurrences of a key in each mapping, in document order. Keys are
 * compared as the plain data sees them (`1` and `"1"` are the same property), iteratively, so
 * that neither a wide nor a deep document can make this slow or overflow the stack.
 */
function duplicateKeys(doc: Document.Parsed): Array<{ key: Scalar; first: Scalar }> {
  const duplicates: Array<{ key: Scalar; first: Scalar }> = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Map<string, Scalar>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const name = String(key.value);
          const first = seen.get(name);
          if (first && key.range && first.range) duplicates.push({ key, first });
          else seen.set(name, key);
        } else if (key) {
          stack.push(key);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return duplicates.sort((a, b) => a.key.range![0] - b.key.range![0]);
}

/**
 * yaml's alias errors carry no position. Each alias node of the document reports itself when
 * its resolution throws, so the diagnostic can point at the alias that went too far.
 */
function watchAliases(doc: Document.Parsed): { node?: Alias } {
  const failed: { node?: Alias } = {};
  visit(doc, {
    Alias(_key, node) {
      const resolve = node.toJSON;
      node.toJSON = function (this: Alias, ...args: Parameters<Alias["toJSON"]>) {
        try {
          return resolve.apply(this, args);
        } catch (error) {
          failed.node ??= this;
          throw error;
        }
      };
    },
  });
  return failed;
}

/** Offset of the opening quote of a quoted scalar that runs up to `end` unclosed. */
function unclosedQuoteStart(doc: Document.Parsed, end: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (quoted && node.range && node.range[0] < end && node.range[1] >= end - 1) start = node.range[0];
    },
  });
  return start;
}

function tooDeep(file: string, line: number, column: number): Diagnostic {
  return diagnostic(
    "LG1007",
    { file, line, column, pointer: "" },
    `nesting deeper than ${MAX_DEPTH} levels`,
    "No LiteLLM or Kubernetes resource nests this deep; check for a generated or corrupted file.",
  );
}

/** Iterative, so that the check itself cannot overflow. Returns the pointer of the first too-deep value. */
function findTooDeep(value: unknown): string | undefined {
  const stack: Array<{ value: unknown; depth: number; pointer: string }> = [{ value, depth: 0, pointer: "" }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.value === null || typeof item.value !== "object") continue;
    if (item.depth > MAX_DEPTH) return item.pointer;
    const entries = Array.isArray(item.value)
      ? item.value.map((v, i) => [String(i), v] as const)
      : Object.entries(item.value);
    for (const [key, child] of entries) {
      stack.push({ value: child, depth: item.depth + 1, pointer: `${item.pointer}/${key}` });
    }
  }
  return undefined;
}

/**
 * Position of the node a pointer names. When the pointer goes further than the document
 * (a missing required field), the deepest existing node on the way stands in for it.
 */
function locateIn(
  doc: Document.Parsed,
  pointer: string,
  target: LocateTarget,
  at: (offset: number) => Position,
): Position {
  let node: Node | null | undefined = doc.contents as ParsedNode | null;
  let keyNode: Node | undefined;
  for (const segment of fromPointer(pointer)) {
    if (isMap(node)) {
      const pair = keyIndex(node).get(segment);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
      if (node === null) {
        node = undefined;
        break;
      }
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      keyNode = undefined;
      node = item as Node;
    } else {
      break;
    }
  }
  const chosen = target === "key" && keyNode ? keyNode : (node ?? keyNode);
  const offset = chosen?.range?.[0] ?? doc.range[0];
  return at(offset);
}

const keyIndexes = new WeakMap<object, Map<string, Pair>>();

/** A mapping's pairs by key, built once: locating every one of many diagnostics stays linear. */
function keyIndex(map: YAMLMap): Map<string, Pair> {
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const key = isPair(pair) ? scalarKey(pair.key) : undefined;
      // The last occurrence wins, as in the plain data.
      if (key !== undefined) index.set(key, pair as Pair);
    }
    keyIndexes.set(map, index);
  }
  return index;
}

function scalarKey(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
