import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  require_Pair,
  require_YAMLMap,
  require_createNode,
  require_dist,
  require_foldFlowLines,
  require_log,
  require_map,
  require_seq,
  require_string,
  require_stringifyNumber,
  require_stringifyString,
  require_toJS
} from "./chunk-Q5TSJAU2.js";
import {
  __commonJS,
  __toESM
} from "./chunk-3EZK3CXJ.js";

// node_modules/yaml/dist/util.js
var require_util = __commonJS({
  "node_modules/yaml/dist/util.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var log = require_log();
    var Pair2 = require_Pair();
    var toJS = require_toJS();
    var YAMLMap2 = require_YAMLMap();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var foldFlowLines = require_foldFlowLines();
    var stringifyNumber = require_stringifyNumber();
    var stringifyString2 = require_stringifyString();
    exports.createNode = createNode.createNode;
    exports.debug = log.debug;
    exports.warn = log.warn;
    exports.createPair = Pair2.createPair;
    exports.toJS = toJS.toJS;
    exports.findPair = YAMLMap2.findPair;
    exports.mapTag = map.map;
    exports.seqTag = seq.seq;
    exports.stringTag = string.string;
    exports.foldFlowLines = foldFlowLines.foldFlowLines;
    exports.stringifyNumber = stringifyNumber.stringifyNumber;
    exports.stringifyString = stringifyString2.stringifyString;
  }
});

// src/render/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var import_util = __toESM(require_util(), 1);
var YamlValueError = class extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
  reason;
  name = "YamlValueError";
  /** Path segments, innermost last; filled in while the error unwinds. */
  segments = [];
  get path() {
    return this.segments.map((s) => "/" + s.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
  }
};
var KEYWORDS = /* @__PURE__ */ new Set([
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "true",
  "True",
  "TRUE",
  "false",
  "False",
  "FALSE",
  "on",
  "On",
  "ON",
  "off",
  "Off",
  "OFF",
  "~",
  "null",
  "Null",
  "NULL",
  "<<",
  "="
]);
var NUMERIC = new RegExp(
  "^[-+]?(?:" + [
    // decimal int/float, optional exponent; also the `yaml` 1.1 schema's odd `e5`/`.e5`
    "[0-9]*\\.?[0-9]*(?:[eE][-+]?[0-9]+)?",
    // 0b/0o/0x in either case (Go's ParseInt base 0 takes `0X1F`, `0O17`), and Go hex floats
    "0[bBoOxX][0-9a-fA-F]*(?:\\.[0-9a-fA-F]*)?(?:[pP][-+]?[0-9]+)?",
    // YAML 1.1 sexagesimal int and float: `190:20:30`, `1:30.5`
    "[0-9]+(?::[0-9]{1,2})+(?:\\.[0-9]*)?",
    "\\.(?:inf|Inf|INF|nan|NaN|NAN)",
    // older go-yaml v2 passed signed words to strconv.ParseFloat, which takes inf/infinity/nan
    "(?:[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])"
  ].join("|") + ")$"
);
var TIMESTAMP_PREFIX = /^[0-9]{4}-[0-9]/;
var UNDERSCORES = /_/g;
function isAmbiguousPlain(s) {
  if (s.length === 0) return true;
  const c = s.charCodeAt(0);
  const numberStart = c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46 || c === 101 || c === 69;
  if (numberStart) {
    if (TIMESTAMP_PREFIX.test(s)) return true;
    if (NUMERIC.test(s.includes("_") ? s.replace(UNDERSCORES, "") : s)) return true;
    return s.startsWith("---") || s.startsWith("...");
  }
  return s.length <= 5 && KEYWORDS.has(s);
}
var NEEDS_ESCAPE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udfff]/u;
var LONE_SURROGATE = /[\ud800-\udfff]/u;
var JSON_RAW_ESCAPES = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;
function doubleQuoted(s) {
  const json = JSON.stringify(s);
  return NEEDS_ESCAPE.test(s) ? json.replace(JSON_RAW_ESCAPES, (ch) => "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0")) : json;
}
function fitsLiteralBlock(s) {
  let i = s.length;
  let newlines = 0;
  let lastNewline = -1;
  while (i > 0) {
    const ch = s.charCodeAt(i - 1);
    if (ch === 10) {
      newlines++;
      if (lastNewline === -1) lastNewline = i - 1;
    } else if (ch !== 32 && ch !== 9) break;
    i--;
  }
  if (i === 0) return false;
  if (newlines > 1 || newlines === 1 && lastNewline !== s.length - 1) return false;
  let first = 0;
  while (s.charCodeAt(first) === 10) first++;
  return s.charCodeAt(first) !== 9;
}
function stringStyle(s, isKey) {
  if (NEEDS_ESCAPE.test(s)) {
    if (LONE_SURROGATE.test(s)) throw new YamlValueError("string with a lone surrogate (not valid Unicode)");
    return import_yaml.Scalar.QUOTE_DOUBLE;
  }
  if (s.includes("\n")) return !isKey && fitsLiteralBlock(s) ? import_yaml.Scalar.BLOCK_LITERAL : import_yaml.Scalar.QUOTE_DOUBLE;
  if (s.includes("	") || isAmbiguousPlain(s)) return import_yaml.Scalar.QUOTE_DOUBLE;
  return import_yaml.Scalar.PLAIN;
}
var stringTag = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str) => str,
  stringify(item, ctx, onComment, onChompKeep) {
    if (item.type === import_yaml.Scalar.QUOTE_DOUBLE) return doubleQuoted(item.value);
    if (item.type === import_yaml.Scalar.BLOCK_LITERAL && ctx.indent === "") {
      if (item.value.charCodeAt(0) === 32) return doubleQuoted(item.value);
      ctx = { ...ctx, forceBlockIndent: true };
    }
    return (0, import_util.stringifyString)(item, ctx, onComment, onChompKeep);
  }
};
function formatNumber(n) {
  if (!Number.isFinite(n)) throw new YamlValueError(`cannot represent ${n}`);
  if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return Object.is(n, -0) ? "0" : String(n);
  const exp = n.toExponential();
  const e = exp.indexOf("e");
  const negative = exp.charCodeAt(0) === 45;
  const digits = exp.slice(negative ? 1 : 0, e).replace(".", "");
  const power = Number(exp.slice(e + 1));
  const sign = negative ? "-" : "";
  if (power < -4 || power >= 16) {
    const mantissa = digits.length === 1 ? digits + ".0" : digits[0] + "." + digits.slice(1);
    const abs = Math.abs(power);
    return `${sign}${mantissa}e${power < 0 ? "-" : "+"}${abs < 10 ? "0" : ""}${abs}`;
  }
  if (power < 0) return `${sign}0.${"0".repeat(-power - 1)}${digits}`;
  const whole = digits.length > power + 1 ? digits.slice(0, power + 1) : digits.padEnd(power + 1, "0");
  return `${sign}${whole}.${digits.slice(power + 1) || "0"}`;
}
var numberTag = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  resolve: (str) => Number(str),
  stringify: (item) => formatNumber(item.value)
};
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  resolve: (str) => str === "true",
  stringify: (item) => item.value ? "true" : "false"
};
var nullTag = {
  identify: (value) => value === null,
  default: true,
  tag: "tag:yaml.org,2002:null",
  resolve: () => null,
  stringify: () => "null"
};
var TO_STRING = {
  indent: 2,
  indentSeq: false,
  // kubectl's layout: `key:\n- item`
  lineWidth: 0,
  // never fold
  minContentWidth: 0,
  blockQuote: "literal",
  singleQuote: false,
  doubleQuotedAsJSON: true,
  defaultStringType: "PLAIN",
  defaultKeyType: null,
  simpleKeys: false,
  directives: false
};
function toNode(value, ancestors) {
  switch (typeof value) {
    case "string": {
      const node = new import_yaml.Scalar(value);
      node.type = stringStyle(value, false);
      return node;
    }
    case "number":
      if (!Number.isFinite(value)) throw new YamlValueError(`cannot represent ${value}`);
      return new import_yaml.Scalar(value);
    case "boolean":
      return new import_yaml.Scalar(value);
    case "object": {
      if (value === null) return new import_yaml.Scalar(null);
      if (ancestors.has(value)) throw new YamlValueError("circular reference");
      ancestors.add(value);
      let node;
      if (Array.isArray(value)) {
        const seq = new import_yaml.YAMLSeq();
        for (let i = 0; i < value.length; i++) {
          try {
            seq.items.push(toNode(value[i], ancestors));
          } catch (err) {
            throw prefixed(err, String(i));
          }
        }
        node = seq;
      } else {
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) {
          throw new YamlValueError(`unsupported object ${value.constructor?.name ?? "instance"}`);
        }
        const map = new import_yaml.YAMLMap();
        const record = value;
        for (const key of Object.keys(record)) {
          try {
            const keyNode = new import_yaml.Scalar(key);
            keyNode.type = stringStyle(key, true);
            map.items.push(new import_yaml.Pair(keyNode, toNode(record[key], ancestors)));
          } catch (err) {
            throw prefixed(err, key);
          }
        }
        node = map;
      }
      ancestors.delete(value);
      return node;
    }
    default:
      throw new YamlValueError(`unsupported ${typeof value} value`);
  }
}
function prefixed(err, segment) {
  if (err instanceof YamlValueError) err.segments.unshift(segment);
  return err;
}
function withPath(err) {
  if (err instanceof YamlValueError) err.message = `toYaml: ${err.reason} at "${err.path}"`;
  return err;
}
function render(value) {
  const doc = new import_yaml.Document(null, {
    version: "1.2",
    schema: "failsafe",
    // Replace the library's string tag: a second tag that identifies strings would be ignored.
    customTags: (tags) => [...tags.filter((t) => t !== import_util.stringTag), stringTag, numberTag, boolTag, nullTag]
  });
  doc.contents = toNode(value, /* @__PURE__ */ new Set());
  return doc.toString(TO_STRING);
}
function toYaml(value) {
  try {
    return render(value);
  } catch (err) {
    throw withPath(err);
  }
}
function toYamlStream(values) {
  const docs = [];
  for (let i = 0; i < values.length; i++) {
    try {
      docs.push(render(values[i]));
    } catch (err) {
      throw withPath(prefixed(err, String(i)));
    }
  }
  return docs.join("---\n");
}

export {
  formatNumber,
  toYaml,
  toYamlStream
};
