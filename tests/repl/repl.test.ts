// The interactive prompt, driven as a user would: through piped input (as
// `python -i` reads it: prompts on stderr, values on stdout) and through a
// pseudo-terminal (line editing on, prompts on the terminal).

import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PYGIL, pygil } from "../cli/run-pygil.js";

describe("the prompt with piped input (-i)", () => {
  it("echoes values, runs multi-line blocks, keeps _ and survives a traceback, as CPython does", () => {
    const input = "x = 5\nx\nfor i in range(2):\n    print(i)\n\n1/0\n_\nx*2\n_\nNone\n(1,\n 2)\n";
    const r = pygil(["-i"], { input });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("5\n0\n1\n5\n10\n10\n(1, 2)\n");
    const prompts = r.stderr.split("\n").slice(2).join("\n");
    expect(prompts).toBe([
      ">>> >>> >>> ... ... >>> Traceback (most recent call last):",
      '  File "<stdin>", line 1, in <module>',
      "    1/0",
      "    ~^~",
      "ZeroDivisionError: division by zero",
      ">>> >>> >>> >>> >>> ... >>> ",
      "",
    ].join("\n"));
    expect(r.stderr.split("\n")[0]).toMatch(/^pygil \S+ \(Python 3\.13 subset\) on Node\.js v\d+.*; the GIL is on/);
  }, 60_000);

  it("reports a syntax error and goes on", () => {
    const r = pygil(["-i"], { input: "1 +* 2\nprint('after')\n" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("after\n");
    expect(r.stderr).toContain('>>>   File "<stdin>", line 1\n    1 +* 2\n       ^\nSyntaxError: invalid syntax\n>>> >>> \n');
  }, 60_000);

  it("reports a block's syntax error at the line that makes it, not at the block's end, as CPython does", () => {
    const input = 'if x = 1:\nprint("after")\nfor i in range(2):\n    pass\nprint(i)\ntry:\n    y = 2\nfinally:\n    print("fin")\n\nprint(y)\n';
    const r = pygil(["-i"], { input });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("after\nfin\n2\n");
    // What CPython 3.13's `python3 -i` prints for the same input, after its banner.
    expect(r.stderr.split("\n").slice(2).join("\n")).toBe([
      '>>>   File "<stdin>", line 1',
      "    if x = 1:",
      "       ^^^^^",
      "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      '>>> >>> ... ...   File "<stdin>", line 3',
      "    print(i)",
      "    ^^^^^",
      "SyntaxError: invalid syntax",
      ">>> ... ... ... ... >>> >>> ",
      "",
    ].join("\n"));
  }, 60_000);

  it("leaves with exit() and its status, and says which mode is on", () => {
    const r = pygil(["-i", "--disable-gil"], { input: "print('bye')\nexit(3)\nprint('never')\n" });
    expect(r.status).toBe(3);
    expect(r.stdout).toBe("bye\n");
    expect(r.stderr).toContain("free-threaded: the GIL is off");
  }, 60_000);

  it("runs the program first with -i FILE, then prompts in its namespace", () => {
    const r = pygil(["-i", "-c", "answer = 42"], { input: "answer + 1\n" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("43\n");
  }, 60_000);

  it("runs piped input as a script without -i, as python does", () => {
    const r = pygil([], { input: "print('script')\n" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("script\n");
    expect(r.stderr).toBe("");
  }, 60_000);

  it("keeps threads started at the prompt running while it waits for input", async () => {
    const child = spawn(process.execPath, [PYGIL, "-i"]);
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stdin.write("import _thread, time\n");
    child.stdin.write("def tick():\n    for k in range(3):\n        time.sleep(0.05)\n        print('tick', k, flush=True)\n\n");
    child.stdin.write("_thread.start_new_thread(tick, ()) and None\n");
    // No more input until the thread has printed everything: it runs while the prompt waits.
    const deadline = Date.now() + 30_000;
    while (!stdout.includes("tick 2") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const beforeMore = stdout;
    child.stdin.end("print('later')\n");
    await new Promise((resolve) => child.on("close", resolve));
    expect(beforeMore).toBe("tick 0\ntick 1\ntick 2\n");
    expect(stdout).toBe("tick 0\ntick 1\ntick 2\nlater\n");
  }, 60_000);
});

const hasScript = spawnSync("script", ["--version"]).status === 0;

describe.skipIf(!hasScript)("the prompt on a terminal", () => {
  it("shows prompts, echoes values and continues blocks on a pseudo-terminal, and leaves on Ctrl-D", async () => {
    const child = spawn("script", ["-qfec", `${process.execPath} ${PYGIL}`, "/dev/null"]);
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const prompts = () => (out.match(/(>>>|\.\.\.) /g) ?? []).length;
    // Types a line once the prompt is up, then waits for the next prompt.
    const type = async (line: string) => {
      const before = prompts();
      child.stdin.write(`${line}\r`);
      for (let k = 0; k < 200 && prompts() === before; k++) await new Promise((r) => setTimeout(r, 50));
    };
    for (let k = 0; k < 200 && prompts() === 0; k++) await new Promise((r) => setTimeout(r, 50));
    await type("x = 21");
    await type("x * 2");
    await type("if x:");
    await type("    print('in block')");
    await type("");
    // Ctrl-C interrupts a running statement, and the prompt comes back.
    await type("while True: pass");
    const before = prompts();
    child.stdin.write("\r");
    await new Promise((r) => setTimeout(r, 500));
    child.stdin.write("\x03");
    for (let k = 0; k < 200 && prompts() === before; k++) await new Promise((r) => setTimeout(r, 50));
    await type("print('still here')");
    child.stdin.write("\x04");
    const status = await new Promise((resolve) => child.on("close", resolve));
    const plain = out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "").replace(/\r/g, "");
    expect(plain).toContain("Type exit() or Ctrl-D to leave.\n");
    expect(plain).toContain(">>> x = 21\n>>> x * 2\n42\n>>> if x:\n...     print('in block')\n... \nin block\n>>> ");
    expect(plain).toMatch(/\nKeyboardInterrupt\n>>> print\('still here'\)\nstill here\n/);
    expect(status).toBe(0);
  }, 60_000);
});
