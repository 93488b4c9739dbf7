// Weak references and the collector (src/vm/weakrefs.ts): clearing, the
// callbacks and when they run, the order with __del__ and resurrection, and
// threads making and dropping weakly referenced objects without the GIL
// while collections run. Each program runs through the built pygil, in the
// modes that stress the collector; the expected outputs are CPython 3.13's.

import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pygil } from "../cli/run-pygil.js";

const MODES: [string, string[]][] = [
  ["normally", []],
  ["with a collection at every safepoint, the heap verified", ["--gc-stress", "--verify-heap"]],
  ["without the GIL", ["--disable-gil"]],
];

/** A collection at every safepoint, with the heap verified, takes seconds on a loaded machine. */
const TIMEOUT_MS = 60_000;

const dir = mkdtempSync(join(tmpdir(), "pygil-weakrefs-"));

function run(name: string, source: string, flags: string[]): { stdout: string; stderr: string; status: number | null } {
  const file = join(dir, `${name}.py`);
  writeFileSync(file, source);
  return pygil([...flags, file], { cwd: dir });
}

const CLEARING = `
import gc, weakref
class Obj:
    pass
a = Obj()
r = weakref.ref(a)
print(r() is a)
del a
print(r())
b = Obj()
b.self = b
rb = weakref.ref(b)
del b
gc.collect()
print(rb())
# A weak reference that dies first leaves the table: the count drops.
c = Obj()
refs = [weakref.ref(c, print) for _ in range(3)]
print(weakref.getweakrefcount(c))
del refs
gc.collect()
print(weakref.getweakrefcount(c))
`;

const CALLBACKS = `
import gc, weakref
class Obj:
    def __init__(self, name):
        self.name = name
log = []
def callback(ref):
    log.append((ref() is None, ref.__callback__))
x = Obj("x")
kept = weakref.ref(x, callback)
dropped = weakref.ref(x, lambda r: log.append("never"))
del dropped
del x
gc.collect()
print(log)
print(kept.__callback__)
`;

const DEL_ORDER = `
import gc, weakref
saved = None
class Phoenix:
    def __del__(self):
        global saved
        print("__del__ sees", ref() is self)
        saved = self
p = Phoenix()
ref = weakref.ref(p, lambda r: print("callback, ref() is", r()))
del p
print("resurrected:", ref() is saved)
saved = None
print("after second drop:", ref())

class Plain:
    def __del__(self):
        print("__del__ of", self.name, "child alive:", child_ref() is not None)
parent = Plain()
parent.name = "parent"
parent.child = Plain()
parent.child.name = "child"
child_ref = weakref.ref(parent.child, lambda r: print("child callback"))
del parent
print("end", child_ref())
`;

const RAISING = `
import weakref
class Obj:
    pass
class Failing:
    def __call__(self, ref):
        raise ValueError("bad")
    def __repr__(self):
        return "<Failing>"
o = Obj()
r1 = weakref.ref(o, lambda r: print("runs anyway"))
r2 = weakref.ref(o, Failing())
del o
print("after")
`;

const STRESS = `
import gc, threading, weakref

class Payload:
    def __init__(self, owner, n):
        self.owner = owner
        self.n = n
        self.data = [n] * 8

cache = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
called = []
bad = []

def worker(tid):
    refs = []
    for i in range(2000):
        obj = Payload(tid, i)
        refs.append(weakref.ref(obj, called.append))
        cache[(tid, i)] = obj
        keys[obj] = i
        if i % 250 == 0:
            gc.collect()
        for r in refs[-8:]:
            got = r()
            if got is not None and (type(got) is not Payload or got.owner != tid or got.data != [got.n] * 8):
                bad.append(got)
        refs = refs[-64:]
    obj = got = None
    gc.collect()
    return refs

results = {}
def run(tid):
    results[tid] = worker(tid)

threads = [threading.Thread(target=run, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print("bad:", bad)
print("all cleared:", all(r() is None for refs in results.values() for r in refs))
print("containers empty:", len(cache), len(keys))
print("callbacks with their own reference:", all(isinstance(r, weakref.ref) and r() is None for r in called))
`;

describe.each(MODES)("weak references run %s", (_mode, flags) => {
  it("are cleared once their referent is unreachable, and leave the table when they die first", () => {
    const got = run("clearing", CLEARING, flags);
    expect(got.stderr).toBe("");
    expect(got.stdout).toBe("True\nNone\nNone\n3\n0\n");
  }, TIMEOUT_MS);

  it("run their callbacks with the weak reference, which has no callback any more, and not when it died first", () => {
    const got = run("callbacks", CALLBACKS, flags);
    expect(got.stderr).toBe("");
    expect(got.stdout).toBe("[(True, None)]\nNone\n");
  }, TIMEOUT_MS);

  it("are cleared after __del__, not when __del__ resurrects the object, and go with what it held", () => {
    const got = run("del_order", DEL_ORDER, flags);
    expect(got.stderr).toBe("");
    expect(got.stdout).toBe([
      "__del__ sees True", "resurrected: True", "callback, ref() is None", "after second drop: None",
      "__del__ of parent child alive: True", "__del__ of child child alive: True", "child callback", "end None", "",
    ].join("\n"));
  }, TIMEOUT_MS);

  it("report a callback's exception as ignored and run the others", () => {
    const got = run("raising", RAISING, flags);
    expect(got.stdout).toBe("runs anyway\nafter\n");
    expect(got.stderr).toBe(`Exception ignored in: <Failing>\nTraceback (most recent call last):\n  File "${join(dir, "raising.py")}", line 7, in __call__\n    raise ValueError("bad")\nValueError: bad\n`);
  }, TIMEOUT_MS);
});

describe("weak references without the GIL", () => {
  it("never give a freed object while threads make and drop their referents and collections run", () => {
    for (const flags of [["--disable-gil"], ["--disable-gil", "--verify-heap"]]) {
      const got = run("stress", STRESS, flags);
      expect(got.stderr).toBe("");
      expect(got.stdout).toBe("bad: []\nall cleared: True\ncontainers empty: 0 0\ncallbacks with their own reference: True\n");
      expect(got.status).toBe(0);
    }
  }, 120_000);
});
