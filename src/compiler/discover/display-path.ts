import path from "node:path";

/** The path shown to the user for a file: relative to the working folder when inside it, POSIX separators. */
export function displayPath(absolute: string, cwd: string): string {
  // The common case, a plain path inside a plain working folder, is a slice; path.relative
  // (two resolves) otherwise, with the same result.
  const relative = isInside(absolute, cwd) ? absolute.slice(cwd.length + (cwd.endsWith("/") ? 0 : 1)) : path.relative(cwd, absolute);
  const shown = relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join("/");
}

let plainCwd: { cwd: string; plain: boolean } | undefined;

/**
 * Whether path.relative(cwd, absolute) is the rest of `absolute` after `cwd/`: POSIX paths,
 * `cwd` already normalized, and `absolute` under it with no `.`/`..` segment (nor a name that
 * starts with a dot: checking for `/.` is cheaper than telling them apart), `//` or trailing `/`.
 */
function isInside(absolute: string, cwd: string): boolean {
  if (path.sep !== "/") return false;
  if (plainCwd?.cwd !== cwd) plainCwd = { cwd, plain: path.isAbsolute(cwd) && path.resolve(cwd) === cwd };
  if (!plainCwd.plain) return false;
  const start = cwd.endsWith("/") ? cwd.length : cwd.length + 1;
  return (
    absolute.length > start &&
    absolute.startsWith(cwd) &&
    absolute[start - 1] === "/" &&
    !absolute.includes("/.") &&
    !absolute.includes("//") &&
    !absolute.endsWith("/")
  );
}

