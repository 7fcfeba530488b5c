#!/usr/bin/env node
import { main } from "../dist/cli/main.js";

// A reader that stops early (`litellm-gitops render | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
