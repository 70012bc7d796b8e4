#!/usr/bin/env node
'use strict';
// A shim: everything lives in main() so that tests drive it in-process.
const { main } = require('../dist/cli.js');

main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(`kehoach: ${error && error.message}\n`); process.exitCode = 2; },
);
