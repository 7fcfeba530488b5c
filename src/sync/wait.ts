import type { LiteLLMClient } from "./client.js";

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `GET /health/readiness` until it answers ready or `seconds` have passed: 1 s, then
 * doubling to 10 s between tries (a proxy still migrating its database takes tens of seconds).
 * `--wait 0` tries once.
 */
export async function waitUntilReady(
  client: LiteLLMClient,
  seconds: number,
  sleep: (ms: number) => Promise<void> = defaultSleep,
): Promise<{ ready: boolean; detail: string; tries: number }> {
  const deadline = Date.now() + seconds * 1000;
  let delay = 1000;
  let waited = 0;
  for (let tries = 1; ; tries++) {
    const { ready, detail } = await client.ready();
    if (ready) return { ready, detail, tries };
    // The budget counts the backoff itself too, so an injected instant sleep still ends.
    const left = Math.min(deadline - Date.now(), seconds * 1000 - waited);
    if (left <= 0) return { ready: false, detail, tries };
    const pause = Math.min(delay, left);
    await sleep(pause);
    waited += pause;
    delay = Math.min(delay * 2, 10_000);
  }
}
