#!/usr/bin/env node
// Thin on purpose: the command lives in dist/cli.js (built from src/cli/main.ts), which returns the
// exit code. Exit codes: 0 all inputs converted, 1 some input failed, 2 usage error.
import { main } from '../dist/cli.js';

main();
