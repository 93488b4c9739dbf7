#!/usr/bin/env node
// The `pygil` command: read the command line, then run what it asks for.

import { parseCommandLine } from "./program.js";
import { execute } from "./execute.js";

const invocation = parseCommandLine(process.argv.slice(2));
process.exitCode = await execute(invocation);
