import { describe, expect, it } from "vitest";
import { readFileSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pygil } from "./run-pygil.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

describe("pygil's command line", () => {
  it("prints its version like python --version", () => {
    const r = pygil(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`pygil ${pkg.version} (Python 3.13 subset)`);
  });

  it("prints help listing the python-style options", () => {
    const r = pygil(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Usage: pygil [option] ... [-c cmd | -m mod | file | -] [arg] ...");
    for (const flag of ["-c <cmd>", "-m <mod>", "-X <opt>", "--disable-gil", "--switch-interval", "--max-heap", "dis"]) {
      expect(r.stdout).toContain(flag);
    }
  });

  it("rejects an unknown option with one line and status 2", () => {
    const r = pygil(["--no-such-option"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("unknown option '--no-such-option'");
  });

  it("rejects -c without its argument with status 2", () => {
    const r = pygil(["-c"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("argument missing");
  });

  it("rejects a bad -X gil value and a bad PYTHON_GIL with status 2", () => {
    expect(pygil(["-X", "gil=2", "-c", "pass"]).status).toBe(2);
    const r = pygil(["-c", "pass"], { env: { ...process.env, PYTHON_GIL: "yes" } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("PYTHON_GIL=yes");
  });

  it("reports a missing script as CPython does, with status 2", () => {
    const r = pygil(["no_such_file.py"], { cwd: tmpdir() });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`pygil: can't open file '${join(realpathSync(tmpdir()), "no_such_file.py")}': [Errno 2] No such file or directory\n`);
  });
});
