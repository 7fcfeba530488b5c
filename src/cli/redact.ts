/**
 * Masks credential values in source lines before they are shown in a code frame. Works on
 * text, not on a parse tree, so that it also protects files that failed to parse.
 */
const SENSITIVE_KEY = /^(api_?key|aws_?access_?key_?id|aws_?secret_?access_?key|aws_?session_?token|vertex_?credentials|master_?key)$|(^|_|-)(key|password|secret|token|credentials?)$|(Key|Password|Secret|Token|Credentials?)$/i;
const KEY_VALUE = /^(\s*(?:-\s+)?["']?)([^"'\s:#][^"':#]*?)(["']?\s*:[ \t]+)(\S.*?)(\s*(?:#.*)?)$/;
const SECRET_KIND = /^kind:\s*["']?Secret["']?\s*(#.*)?$/m;
const SECRET_VALUES_KEY = /^(data|stringData):\s*(.*)$/;
const OS_ENVIRON = /^["']?os\.environ\//;
const MASK = "****";

/** The lines of `text` with every credential-looking value replaced by a mask. */
export function redactLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const inSecretValues = secretValueLines(lines);
  return lines.map((line, i) => {
    if (inSecretValues.has(i)) return maskAfterColon(line);
    const match = KEY_VALUE.exec(line);
    if (!match) return line;
    const [, lead, key, sep, value, rest] = match;
    if (!SENSITIVE_KEY.test(key!.trim()) || OS_ENVIRON.test(value!) || /^[|>]/.test(value!)) return line;
    return `${lead}${key}${sep}${MASK}${rest}`;
  });
}

/** Lines inside the `data:`/`stringData:` mapping of a `kind: Secret` document, and block scalars anywhere below a sensitive key. */
function secretValueLines(lines: string[]): Set<number> {
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
  // Block scalars under a sensitive key: every more-indented line after it is part of the value.
  lines.forEach((line, i) => {
    const match = KEY_VALUE.exec(line);
    if (!match || !SENSITIVE_KEY.test(match[2]!.trim()) || !/^[|>]/.test(match[4]!)) return;
    const indent = line.search(/\S/);
    for (let j = i + 1; j < lines.length && (lines[j]!.trim() === "" || lines[j]!.search(/\S/) > indent); j++) masked.add(j);
  });
  return masked;
}

function maskAfterColon(line: string): string {
  const colon = line.indexOf(":");
  if (colon < 0) return line.trim() === "" ? line : line.replace(/\S.*$/, MASK);
  const after = line.slice(colon + 1);
  return after.trim() === "" ? line : `${line.slice(0, colon + 1)} ${MASK}`;
}
