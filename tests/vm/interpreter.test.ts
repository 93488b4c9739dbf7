// The interpreter loop's mechanisms, through the built pygil: Python calls do
// not grow the JavaScript stack, SystemExit codes, the exit status of an
// uncaught exception, output written in order by print, and -c programs.

import { describe, expect, it } from "vitest";
import { pygil } from "../cli/run-pygil.js";

describe("the interpreter loop", { timeout: 30_000 }, () => {
  it("runs deep Python recursion without using the JavaScript stack", () => {
    const program = [
      "import sys",
      "sys.setrecursionlimit(30000)",
      "def depth(n):",
      "    return n if n == 0 else depth(n - 1) + 1",
      "print(depth(20000))",
    ].join("\n");
    const r = pygil(["-c", program]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("20000\n");
  });

  it("raises RecursionError at sys.getrecursionlimit()", () => {
    const program = [
      "import sys",
      "n = 0",
      "def f():",
      "    global n",
      "    n += 1",
      "    f()",
      "try:",
      "    f()",
      "except RecursionError as e:",
      "    print(e, n, sys.getrecursionlimit())",
    ].join("\n");
    expect(pygil(["-c", program]).stdout).toBe("maximum recursion depth exceeded 999 1000\n");
  });

  it("exits with SystemExit's code, printing a non-int code on stderr", () => {
    expect(pygil(["-c", "import sys; print('a'); sys.exit(3)"])).toEqual({ status: 3, stdout: "a\n", stderr: "" });
    expect(pygil(["-c", "raise SystemExit('bye')"])).toEqual({ status: 1, stdout: "", stderr: "bye\n" });
    expect(pygil(["-c", "raise SystemExit"]).status).toBe(0);
  });

  it("prints a traceback and exits with 1 on an uncaught exception", () => {
    const r = pygil(["-c", "def f():\n    raise ValueError('bad')\nf()"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe([
      "Traceback (most recent call last):",
      '  File "<string>", line 3, in <module>',
      "    f()",
      "    ~^^",
      '  File "<string>", line 2, in f',
      "    raise ValueError('bad')",
      "ValueError: bad",
      "",
    ].join("\n"));
  });

  it("keeps small-int arithmetic exact up to the big-int boundary", () => {
    const program = "x = 2**30 - 1\nprint(x + 1, x * x, -x - 2, (x + 1) // 3, 7 // -2, -7 % 3, 10 / 4)";
    expect(pygil(["-c", program]).stdout).toBe("1073741824 1152921502459363329 -1073741825 357913941 -4 2 2.5\n");
  });

  it("runs loops with a collection at every safepoint and a valid heap", () => {
    const program = "acc = []\nfor i in range(1200):\n    acc.append(str(i) * 2)\nprint(len(acc), acc[1199], sum(len(s) for s in acc))";
    const r = pygil(["--gc-stress", "--verify-heap", "-c", program]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("1200 11991199 7380\n");
  }, 60_000);
});
