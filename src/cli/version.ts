// pygil's version, read once from package.json so there is one place to bump.
// This module runs from src/cli/ (tests), dist/src/cli/ (tsc's output) and
// dist/bundle/ (the bundle), at different depths, so it looks upwards for
// pygil's own package.json rather than at a fixed relative path.

import { readFileSync } from "node:fs";

interface PackageJson {
  name?: string;
  version?: string;
}

function readPackage(url: URL): PackageJson | null {
  try {
    return JSON.parse(readFileSync(url, "utf8")) as PackageJson;
  } catch {
    return null;
  }
}

function readVersion(): string {
  let url = new URL("./package.json", import.meta.url);
  for (;;) {
    const found = readPackage(url);
    if (found?.name === "pygil" && found.version !== undefined) return found.version;
    const parent = new URL("../package.json", url);
    // At the root, going up leads back to the same place.
    if (parent.href === url.href) throw new Error("pygil's package.json was not found");
    url = parent;
  }
}

export const VERSION = readVersion();
/** The Python version whose behaviour pygil follows. */
export const PYTHON_VERSION = "3.13";
