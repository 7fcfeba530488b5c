import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-Q5TSJAU2.js";
import {
  __toESM
} from "./chunk-3EZK3CXJ.js";

// src/records.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/compiler/pointer.ts
function toPointer(segments) {
  return segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
function fromPointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function childPointer(pointer, segment) {
  return pointer + toPointer([segment]);
}

// src/compiler/parse/locate.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/compiler/parse/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var PARSE_OPTIONS = {
  // yaml's own check compares each key with every earlier one: minutes for a mapping of
  // 100,000 keys. walkNodes() in parse.ts does the same in linear time.
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
  // Warnings (a collection used as a key, an unknown tag) would go to process.emitWarning.
  logLevel: "error"
};
function parseYaml(text) {
  return (0, import_yaml.parseAllDocuments)(text, PARSE_OPTIONS);
}
function positionsIn(text) {
  let starts;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}

// src/compiler/parse/locate.ts
var NAME_POINTER = "/metadata/name";
var recentTrees = [];
var RECENT_TREES = 8;
var Locator = class {
  constructor(text) {
    this.text = text;
  }
  text;
  trees;
  at;
  document(file, index, value, name) {
    return {
      file,
      index,
      value,
      locate: (pointer, target = "value") => name !== void 0 && pointer === NAME_POINTER && target === "value" ? { ...name } : this.locate(index, pointer, target)
    };
  }
  locate(index, pointer, target) {
    if (!this.trees || !this.at) {
      const parsed = parseYaml(this.text);
      this.trees = Array.isArray(parsed) ? parsed : [];
      this.at = positionsIn(this.text);
      recentTrees.push(this);
      if (recentTrees.length > RECENT_TREES) recentTrees.shift().trees = void 0;
    } else {
      const i = recentTrees.indexOf(this);
      if (i >= 0 && i < recentTrees.length - 1) recentTrees.push(...recentTrees.splice(i, 1));
    }
    const doc = this.trees[index];
    if (!doc) return { line: 1, column: 1 };
    return locateIn(doc, pointer, target, this.at);
  }
};
function locateIn(doc, pointer, target, at) {
  let node = doc.contents;
  let keyNode;
  for (const segment of fromPointer(pointer)) {
    if ((0, import_yaml2.isMap)(node)) {
      const pair = pairOf(node, segment);
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
      if (node === null) {
        node = void 0;
        break;
      }
    } else if ((0, import_yaml2.isSeq)(node)) {
      const item = node.items[Number(segment)];
      if (item === void 0) break;
      keyNode = void 0;
      node = item;
    } else {
      break;
    }
  }
  const chosen = target === "key" && keyNode ? keyNode : node ?? keyNode;
  const offset = chosen?.range?.[0] ?? doc.range[0];
  return at(offset);
}
function pairOf(map, key) {
  if (map.items.length > 8) return keyIndex(map).get(key);
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i];
    if ((0, import_yaml2.isPair)(pair) && scalarKey(pair.key) === key) return pair;
  }
  return void 0;
}
var keyIndexes = /* @__PURE__ */ new WeakMap();
function keyIndex(map) {
  let index = keyIndexes.get(map);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const pair of map.items) {
      const key = (0, import_yaml2.isPair)(pair) ? scalarKey(pair.key) : void 0;
      if (key !== void 0) index.set(key, pair);
    }
    keyIndexes.set(map, index);
  }
  return index;
}
function scalarKey(key) {
  return (0, import_yaml2.isScalar)(key) ? String(key.value) : void 0;
}
function locationOf(doc, pointer, target = "value") {
  const { line, column } = doc.locate(pointer, target);
  return { file: doc.file, line, column, pointer };
}

export {
  isRecord,
  childPointer,
  PARSE_OPTIONS,
  positionsIn,
  NAME_POINTER,
  Locator,
  locateIn,
  locationOf
};
