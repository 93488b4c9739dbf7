// The front-end corpus: every `.py` file under tests/corpus, read as text with
// its line endings kept (a few files use CRLF on purpose).

import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const corpusRoot = fileURLToPath(new URL("../corpus/", import.meta.url));

export interface CorpusProgram {
  /** The path from tests/corpus, with forward slashes: `algorithms/dijkstra.py`. */
  name: string;
  path: string;
  source: string;
}

/** Every file under `dir` whose name ends in `suffix`, sorted by path. */
export function filesUnder(dir: string, suffix: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path, suffix));
    else if (entry.name.endsWith(suffix)) found.push(path);
  }
  return found.sort();
}

export function listCorpusPrograms(): CorpusProgram[] {
  return filesUnder(corpusRoot, ".py").map((path) => ({
    name: relative(corpusRoot, path).split("\\").join("/"),
    path,
    source: readFileSync(path, "utf8"),
  }));
}
