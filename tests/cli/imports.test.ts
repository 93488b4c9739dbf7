// The import system from the command line: sys.path[0] for a script, -c,
// stdin and -m; `pygil -m` running a module or a package's __main__ with
// CPython's messages; PYTHONPATH; the standard modules of src/lib.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pygil } from "./run-pygil.js";

let dir = "";

function write(path: string, text: string): void {
  mkdirSync(join(dir, path, ".."), { recursive: true });
  writeFileSync(join(dir, path), text);
}

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "pygil-imports-")));
  write("tool.py", "import sys\nprint('tool', __name__, repr(__package__), sys.argv)\n");
  write("app/__init__.py", "print('app init')\n");
  write("app/__main__.py", "from . import util\nprint('app main', __name__, __package__, util.VALUE)\n");
  write("app/util.py", "VALUE = 7\n");
  write("lib/__init__.py", "");
  write("extra/far.py", "WHERE = 'far'\n");
  write("sub/script.py", "import sys\nprint(sys.path[0].endswith('/sub'), sys.path[-1].endswith('/src/lib'))\nimport tool\n");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("sys.path and imports from the command line", () => {
  it("puts the script's directory first, and src/lib last", () => {
    const r = pygil([join(dir, "sub", "script.py")], { cwd: dir });
    expect(r.stderr).toContain("No module named 'tool'");
    expect(r.stdout).toBe("True True\n");
    expect(r.status).toBe(1);
  });

  it("puts '' first for -c and stdin, so modules in the working directory import", () => {
    const c = pygil(["-c", "import sys, tool; print(repr(sys.path[0]))"], { cwd: dir });
    expect(c.stdout).toBe("tool tool '' ['-c']\n''\n");
    const stdin = pygil(["-"], { cwd: dir, input: "import sys, tool\nprint(repr(sys.path[0]))\n" });
    expect(stdin.stdout).toBe("tool tool '' ['-']\n''\n");
  });

  it("adds PYTHONPATH's entries after sys.path[0]", () => {
    const r = pygil(["-c", "import far; print(far.WHERE)"], { cwd: dir, env: { ...process.env, PYTHONPATH: join(dir, "extra") } });
    expect(r.stdout).toBe("far\n");
  });

  it("imports the standard modules written in Python", () => {
    const r = pygil(["-c", "import json, itertools, string; print(json.dumps({'a': [1]}), list(itertools.islice(itertools.count(), 3)), string.digits)"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe('{"a": [1]} [0, 1, 2] 0123456789\n');
  });
});

describe("pygil -m", () => {
  it("runs a module as __main__ with its full path as sys.argv[0]", () => {
    const r = pygil(["-m", "tool", "x", "-y"], { cwd: dir });
    expect(r.stdout).toBe(`tool __main__ '' ['${join(dir, "tool.py")}', 'x', '-y']\n`);
    expect(r.status).toBe(0);
  });

  it("runs a package's __main__ after importing the package", () => {
    const r = pygil(["-m", "app"], { cwd: dir });
    expect(r.stdout).toBe("app init\napp main __main__ app 7\n");
  });

  it("runs a submodule with its package as __package__", () => {
    const r = pygil(["-m", "app.util"], { cwd: dir });
    expect(r.stdout).toBe("app init\n");
    expect(r.status).toBe(0);
  });

  it("runs a module of src/lib", () => {
    const r = pygil(["-m", "string"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("reports a missing module as CPython does, with status 1", () => {
    const r = pygil(["-m", "no_such_module"], { cwd: dir });
    expect(r.stderr).toBe("pygil: No module named no_such_module\n");
    expect(r.status).toBe(1);
  });

  it("refuses a package without __main__", () => {
    const r = pygil(["-m", "lib"], { cwd: dir });
    expect(r.stderr).toBe("pygil: No module named lib.__main__; 'lib' is a package and cannot be directly executed\n");
    expect(r.status).toBe(1);
  });
});
