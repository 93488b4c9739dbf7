// The bundle's code caches (src/boot/cached-script.ts): the build writes one
// for each script, V8 takes it, and a cache that does not fit (another
// Node, a damaged file) or is missing only makes start-up slower, never
// changes what a program does.

import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BUNDLE = join(ROOT, "dist/bundle");
const LOADER = join(ROOT, "dist/src/boot/cached-script.js");
const BODIES = ["cli-body.cjs", "worker-body.cjs", "frontend-body.cjs"];

function node(args: string[]) {
  const r = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Whether V8, in a plain `node`, rejects the cache of the bundle's script `file`. */
function cacheRejected(file: string): boolean {
  const probe = `import(${JSON.stringify(LOADER)}).then((m) => console.log(m.compileCached(${JSON.stringify(file)}).cachedDataRejected))`;
  const r = node(["-e", probe]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as boolean;
}

/** A copy of the package's files that the bundle reads, to damage without touching dist/. */
function copyOfBundle(): string {
  const root = mkdtempSync(join(tmpdir(), "pygil-cache-"));
  cpSync(BUNDLE, join(root, "dist/bundle"), { recursive: true });
  cpSync(join(ROOT, "src/lib"), join(root, "src/lib"), { recursive: true });
  cpSync(join(ROOT, "package.json"), join(root, "package.json"));
  return root;
}

const PROGRAM = "import textwrap\nprint(textwrap.shorten('a b c d e f', 7))\n1 / 0";

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!existsSync(join(BUNDLE, "cli.cjs")))("the bundle's code caches", () => {
  for (const body of BODIES) {
    it(`are written for ${body} and accepted by V8`, () => {
      expect(existsSync(join(BUNDLE, `${body}.v8cache`))).toBe(true);
      expect(cacheRejected(join(BUNDLE, body))).toBe(false);
    });
  }

  it("change nothing a program does when damaged or missing", () => {
    const expected = node([join(BUNDLE, "cli.cjs"), "-c", PROGRAM]);
    expect(expected.status).toBe(1);
    expect(expected.stdout).toBe("a [...]\n");
    expect(expected.stderr).toContain("ZeroDivisionError: division by zero");

    const damaged = copyOfBundle();
    const missing = copyOfBundle();
    copies.push(damaged, missing);
    for (const body of BODIES) {
      writeFileSync(join(damaged, "dist/bundle", `${body}.v8cache`), Buffer.alloc(4096, 7));
      rmSync(join(missing, "dist/bundle", `${body}.v8cache`));
    }
    expect(cacheRejected(join(damaged, "dist/bundle/worker-body.cjs"))).toBe(true);
    for (const root of [damaged, missing]) {
      expect(node([join(root, "dist/bundle/cli.cjs"), "-c", PROGRAM])).toEqual(expected);
    }
  });
});
