import { defineConfig } from "vitest/config";

// CI runs on 2 shared cores: a test that takes 2 s alone can take 6 s when the machine is
// busy (schema compilation, child processes). The limits catch hangs, not slowness; speed is
// measured in `npm run bench`, never in tests.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
