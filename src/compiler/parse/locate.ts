import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type ParsedNode, type YAMLMap } from "yaml";
import type { Location } from "../diagnostics.js";
import { fromPointer } from "../pointer.js";
import { parseYaml, positionsIn, type Position } from "./yaml.js";

export type { Position } from "./yaml.js";

export type LocateTarget = "key" | "value";

/** One YAML document of a file, as plain data, able to say where any pointer in it came from. */
export interface ParsedDocument {
  file: string;
  /** 0-based index of the document within its file. */
  index: number;
  value: unknown;
  locate(pointer: string, target?: LocateTarget): Position;
  /**
   * Pointers of the numbers written as floats that JavaScript holds as integers (`!!float 1`,
   * `1.0`): config.yaml must write them as floats again, as PyYAML read them (FloatValue).
   */
  floats?: ReadonlySet<string>;
}

/**
 * Where `metadata.name` is: the resolver records it for every resource (the IR's `source`),
 * so it is located while the tree is at hand, and a clean build parses no file twice.
 */
export const NAME_POINTER = "/metadata/name";

/** Files whose parse trees are kept for locating, most recently used last. */
const recentTrees: Locator[] = [];
const RECENT_TREES = 8;

/**
 * Positions of one file's documents. The YAML node trees are not kept after parsing (for
 * 10,000 files they cost 100+ MB and much of the run's GC): the first `locate`, which a
 * diagnostic needs, parses the text again, the same way, and the trees of the few files
 * located last are kept for the next diagnostics.
 */
export class Locator {
  private trees: Document.Parsed[] | undefined;
  private at: ((offset: number) => Position) | undefined;

  constructor(private readonly text: string) {}

  document(file: string, index: number, value: unknown, name: Position | undefined, floats: readonly string[] = []): ParsedDocument {
    return {
      file,
      index,
      value,
      floats: new Set(floats),
      locate: (pointer, target = "value") =>
        name !== undefined && pointer === NAME_POINTER && target === "value" ? { ...name } : this.locate(index, pointer, target),
    };
  }

  private locate(index: number, pointer: string, target: LocateTarget): Position {
    if (!this.trees || !this.at) {
      const parsed = parseYaml(this.text);
      this.trees = Array.isArray(parsed) ? parsed : [];
      this.at = positionsIn(this.text);
      recentTrees.push(this);
      if (recentTrees.length > RECENT_TREES) recentTrees.shift()!.trees = undefined;
    } else {
      const i = recentTrees.indexOf(this);
      if (i >= 0 && i < recentTrees.length - 1) recentTrees.push(...recentTrees.splice(i, 1));
    }
    const doc = this.trees[index];
    // Unreachable: the same text parses to the same documents.
    if (!doc) return { line: 1, column: 1 };
    return locateIn(doc, pointer, target, this.at);
  }
}

/**
 * Position of the node a pointer names. When the pointer goes further than the document
 * (a missing required field), the deepest existing node on the way stands in for it.
 */
export function locateIn(
  doc: Document.Parsed,
  pointer: string,
  target: LocateTarget,
  at: (offset: number) => Position,
): Position {
  let node: Node | null | undefined = doc.contents as ParsedNode | null;
  let keyNode: Node | undefined;
  for (const segment of fromPointer(pointer)) {
    if (isMap(node)) {
      const pair = pairOf(node, segment);
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

/** The pair of a key in a mapping; the last occurrence wins, as in the plain data. */
function pairOf(map: YAMLMap, key: string): Pair | undefined {
  // A short mapping (most are) is scanned: cheaper than building its index.
  if (map.items.length > 8) return keyIndex(map).get(key);
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i];
    if (isPair(pair) && scalarKey(pair.key) === key) return pair as Pair;
  }
  return undefined;
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


/** Where a pointer of a document is, as a diagnostic location. */
export function locationOf(doc: ParsedDocument, pointer: string, target: LocateTarget = "value"): Location {
  const { line, column } = doc.locate(pointer, target);
  return { file: doc.file, line, column, pointer };
}
