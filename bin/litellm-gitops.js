#!/usr/bin/env node
import { guardStandardStreams, main } from "../dist/cli/main.js";

guardStandardStreams();

process.exitCode = await main(process.argv.slice(2));
