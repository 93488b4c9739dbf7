// The conformance cases: small print-only programs under tests/cases/<area>/,
// each with what CPython 3.13 printed when run from its own folder as
// `python3 NAME.py` (scripts/gen-expected.sh writes these files):
//
//   NAME.out   its stdout (always present)
//   NAME.err   its stderr, only when it was not empty
//   NAME.code  its exit status, only when it was not 0
//
// Files whose names start with `_` (and subfolders) are modules the cases
// import, not cases.
//
// CPython names the script by its absolute path in tracebacks; the recorded
// stderr has the case's folder removed from every path (File "NAME.py", ...),
// so it does not depend on where the repository lives. A runner runs `source`
// as the file `filename` with the case's folder as the working directory, puts
// its stderr through `withoutCaseDir`, and compares with `expected`.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const casesRoot = fileURLToPath(new URL("../cases/", import.meta.url));

export interface ExpectedRun {
  stdout: string;
  /** Empty when CPython wrote nothing to stderr. */
  stderr: string;
  exitCode: number;
}

export interface ConformanceCase {
  area: string;
  /** The file name without `.py`. */
  name: string;
  /** The name CPython saw, as tracebacks show it: `NAME.py`. */
  filename: string;
  /** The case's folder, the working directory to run it in. */
  dir: string;
  path: string;
  source: string;
  /** Null when the expected files have not been generated yet. */
  expected: ExpectedRun | null;
}

/** `text` with every occurrence of the case's folder (and its slash) removed. */
export function withoutCaseDir(text: string, dir: string): string {
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  return text.split(prefix).join("");
}

function readIfPresent(path: string): string | null {
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

function readExpected(dir: string, name: string): ExpectedRun | null {
  const stdout = readIfPresent(join(dir, `${name}.out`));
  if (stdout === null) return null;
  const code = readIfPresent(join(dir, `${name}.code`));
  return {
    stdout,
    stderr: readIfPresent(join(dir, `${name}.err`)) ?? "",
    exitCode: code === null ? 0 : Number.parseInt(code.trim(), 10),
  };
}

export function listCaseAreas(): string[] {
  return readdirSync(casesRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function casesOfArea(area: string): ConformanceCase[] {
  const dir = join(casesRoot, area);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".py") && !file.startsWith("_"))
    .sort()
    .map((filename) => {
      const name = filename.slice(0, -".py".length);
      const path = join(dir, filename);
      return {
        area, name, filename, dir, path,
        source: readFileSync(path, "utf8"),
        expected: readExpected(dir, name),
      };
    });
}

/** The conformance cases of one area, or of all areas, sorted by area then name. */
export function listConformanceCases(area?: string): ConformanceCase[] {
  const areas = area === undefined ? listCaseAreas() : [area];
  return areas.flatMap(casesOfArea);
}
