// import.meta.url for the bundle's CommonJS scripts: scripts/bundle.mjs has
// esbuild put this in place of every `import.meta.url`, so that each one is
// the file URL of the script that runs, as an ES module would see it.

import { pathToFileURL } from "node:url";

export const import_meta_url = pathToFileURL(__filename).href;
