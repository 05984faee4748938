#!/usr/bin/env node
// Thin on purpose: the command is dist/cli.cjs (built from src/cli/main.ts), started through V8's
// code cache by dist/launch.cjs. CommonJS, because an ES module entry costs Node its module loader
// at start-up. Exit codes: 0 all inputs converted, 1 some input failed, 2 usage error.
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const launcher = path.join(__dirname, '../dist/launch.cjs');
// A git checkout has no dist/ until it is built (the published package ships it).
if (!fs.existsSync(launcher)) {
  process.stderr.write('feedscrub: not built yet: run `npm run build` in the feedscrub folder first\n');
  process.exit(2);
}
require(launcher).launch(path.join(__dirname, '../dist/cli.cjs'), require('../package.json').version);
