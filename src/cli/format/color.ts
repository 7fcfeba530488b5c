// A leaf: every command decides colour at start, and the text formatter loads the YAML parser.

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !("NO_COLOR" in env && env.NO_COLOR !== "");
}
