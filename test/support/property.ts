/**
 * How many inputs a property test tries, and from which seed. A red CI run lands nothing, so
 * runs are reproducible: a fixed seed unless PROPERTY_SEED says otherwise (a number, or
 * `random` to explore); PROPERTY_RUNS_SCALE=10 tries ten times as many inputs. To replay a
 * failure, run with the `seed` fast-check printed (and its `path`, with `endOnFailure: true`).
 */
export const SCALE = Number(process.env.PROPERTY_RUNS_SCALE ?? 1);
export const SEED = process.env.PROPERTY_SEED === "random" ? undefined : Number(process.env.PROPERTY_SEED ?? 8);

/** fast-check parameters for a property tried `n` times at scale 1. */
export function runs(n: number): { numRuns: number; seed?: number } {
  return { numRuns: Math.max(1, Math.round(n * SCALE)), ...(SEED === undefined ? {} : { seed: SEED }) };
}
