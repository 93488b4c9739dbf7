#!/usr/bin/env node
// Placeholder entry point; the command line is built in src/cli/program.ts.
console.log("pygil 0.1.0");
