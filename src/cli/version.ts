// pygil's version, read once from package.json so there is one place to bump.

import { readFileSync } from "node:fs";

function readVersion(): string {
  const url = new URL("../../../package.json", import.meta.url);
  try {
    return (JSON.parse(readFileSync(url, "utf8")) as { version: string }).version;
  } catch {
    // Run from the sources (tests), one directory shallower than dist/.
    const fromSource = new URL("../../package.json", import.meta.url);
    return (JSON.parse(readFileSync(fromSource, "utf8")) as { version: string }).version;
  }
}

export const VERSION = readVersion();
/** The Python version whose behaviour pygil follows. */
export const PYTHON_VERSION = "3.13";
