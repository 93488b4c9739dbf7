// Python threads on workers, through the native _thread module: what a
// program sees (exact counts under locks, reports of exceptions), and the
// runtime's own duties (deadlock reports, Ctrl-C, collection with several
// threads). Each test runs the built command, as a user would.

import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { START_AND_WAIT } from "./start-all.js";
import { PYGIL, pygil } from "../cli/run-pygil.js";

/** Runs `program` with `-c`; the threads' shared code comes first. */
function run(program: string, args: string[] = [], timeoutMs?: number) {
  return pygil([...args, "-c", program], { timeoutMs });
}

describe("threads started with _thread", () => {
  it("keeps 16 threads x 10,000 locked increments exact", () => {
    const r = run(`${START_AND_WAIT}
lock = _thread.allocate_lock()
counter = [0]
def work(i):
    for _ in range(10000):
        with lock:
            counter[0] += 1
start_all(work, 16)
print(counter[0])
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("160000\n");
  }, 120_000);

  it("starts and finishes 200 threads, each with its own identity", () => {
    const r = run(`${START_AND_WAIT}
idents = []
def work(i):
    idents.append(_thread.get_ident())
start_all(work, 200)
print(len(idents), len(set(idents)), _thread.get_ident() in idents)
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("200 200 False\n");
  }, 120_000);

  it("reports an exception escaping a thread as CPython's _thread does, and goes on", () => {
    const r = run(`${START_AND_WAIT}
def work(i):
    raise ValueError("boom %d" % i)
start_all(work, 1)
print("main goes on")
`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("main goes on\n");
    expect(r.stderr).toMatch(/^Exception ignored in thread started by <function start_all\.<locals>\.body at 0x[0-9a-f]+>:\nTraceback \(most recent call last\):\n/);
    expect(r.stderr).toContain('  File "<string>", line 25, in work\n');
    expect(r.stderr.endsWith("ValueError: boom 0\n")).toBe(true);
  }, 60_000);

  it("ends a thread quietly on SystemExit", () => {
    const r = run(`${START_AND_WAIT}
def work(i):
    _thread.exit()
start_all(work, 3)
print("done")
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("done\n");
  }, 60_000);

  it("collects at every safepoint while 8 threads allocate, and the heap stays valid", () => {
    const r = run(`${START_AND_WAIT}
results = [None] * 8
def work(i):
    acc = []
    for k in range(100):
        acc.append({"k": str(k) * (i + 1), "v": [k, k * 2.5]})
    results[i] = sum(len(d["k"]) + len(d["v"]) for d in acc)
start_all(work, 8)
print(results)
`, ["--gc-stress", "--verify-heap"], 200_000);
    expect(r.stderr).toBe("");
    const expected = Array.from({ length: 8 }, (_, i) => {
      let total = 0;
      for (let k = 0; k < 100; k++) total += String(k).repeat(i + 1).length + 2;
      return total;
    });
    expect(r.stdout).toBe(`[${expected.join(", ")}]\n`);
  }, 240_000);
});

describe("deadlocks", () => {
  it("reports every thread's stack and exits with status 3 when all threads are blocked for good", () => {
    const r = run(`
import _thread, time
a = _thread.allocate_lock()
b = _thread.allocate_lock()
ready = _thread.allocate_lock()
ready.acquire()
def worker():
    b.acquire()
    ready.release()
    a.acquire()
a.acquire()
_thread.start_new_thread(worker, ())
ready.acquire()
b.acquire()
print("unreachable")
`);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe([
      "Fatal: deadlock, all threads are blocked",
      "",
      'Thread 1 "MainThread" (most recent call first):',
      '  File "<string>", line 14 in <module>',
      "",
      "Thread 2 (most recent call first):",
      '  File "<string>", line 10 in worker',
      "",
    ].join("\n"));
  }, 60_000);

  it("does not report threads that wait with a timeout or sleep", () => {
    const r = run(`
import _thread, time
lock = _thread.allocate_lock()
lock.acquire()
print(lock.acquire(timeout=0.5))
time.sleep(0.3)
print("done")
`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("False\ndone\n");
  }, 60_000);
});

/** Runs `program`, sends SIGINT after each line it prints that ends with "?", and collects the result. */
function runInterrupted(program: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [PYGIL, "-c", program]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      stdout += text;
      for (const line of text.split("\n")) if (line.endsWith("?")) setTimeout(() => child.kill("SIGINT"), 300);
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("Ctrl-C", () => {
  it("raises KeyboardInterrupt in the main thread while it sleeps, waits for a lock or loops", async () => {
    const r = await runInterrupted(`
import _thread, time
lock = _thread.allocate_lock()
lock.acquire()
def stage(name, action):
    print(name + "?", flush=True)
    try:
        action()
    except KeyboardInterrupt:
        print(name, "interrupted", flush=True)
def loop():
    while True:
        pass
stage("sleep", lambda: time.sleep(30))
stage("acquire", lambda: lock.acquire(timeout=30))
stage("loop", loop)
print("last?", flush=True)
time.sleep(30)
`);
    expect(r.stdout).toBe("sleep?\nsleep interrupted\nacquire?\nacquire interrupted\nloop?\nloop interrupted\nlast?\n");
    expect(r.status).toBe(130);
    expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n/);
    expect(r.stderr.endsWith("KeyboardInterrupt\n")).toBe(true);
  }, 120_000);
});

describe("--gil-stats", () => {
  const program = `${START_AND_WAIT}
def work(i):
    total = 0
    for k in range(20000):
        total += k
start_all(work, 2)
`;

  it("prints each thread's counters and the totals on stderr at exit", () => {
    const r = run(program, ["--gil-stats"]);
    expect(r.status).toBe(0);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^GIL statistics \(switch interval 5 ms, the GIL changed hands \d+ times\)$/);
    expect(lines[1]!.split(/\s{2,}/)).toEqual(["thread", "instructions", "GIL takes", "drop requests", "forced switches", "waiting ms", "holding ms"]);
    expect(lines[2]).toMatch(/^1 MainThread\s/);
    expect(lines).toHaveLength(6);
    const total = lines[5]!.split(/\s{2,}/);
    expect(total[0]).toBe("total");
    expect(Number(total[2])).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it("shows no GIL activity without the GIL", () => {
    const r = run(program, ["--gil-stats", "--disable-gil"]);
    expect(r.status).toBe(0);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("GIL statistics (free-threaded: no GIL)");
    const total = lines.at(-1)!.split(/\s{2,}/);
    expect(total.slice(2)).toEqual(["0", "0", "0", "0.0", "0.0"]);
  }, 60_000);
});
