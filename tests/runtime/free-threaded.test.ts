// The free-threaded mode (--disable-gil): threads run at once, and the
// containers they share stay sound because every change takes the object's
// own lock. Read-modify-write on a shared variable may lose updates, as in
// CPython 3.13t, but never corrupts anything.

import { describe, expect, it } from "vitest";
import { START_AND_WAIT } from "./start-all.js";
import { pygil } from "../cli/run-pygil.js";

function run(program: string, args: string[] = []) {
  return pygil(["--disable-gil", ...args, "-c", `${START_AND_WAIT}${program}`]);
}

describe("containers shared without the GIL", () => {
  it("loses no append, store or add made by 4 threads at once", () => {
    const r = run(`
shared_list = []
shared_dict = {}
shared_set = set()
def work(i):
    for k in range(5000):
        shared_list.append(k)
        shared_dict[(i, k)] = k
        shared_set.add(i * 100000 + k)
        if k % 100 == 0:
            shared_list.pop()
start_all(work, 4)
print(len(shared_list), len(shared_dict), len(shared_set), sum(shared_dict.values()))
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`${4 * (5000 - 50)} 20000 20000 ${4 * ((4999 * 5000) / 2)}\n`);
  }, 120_000);

  it("keeps the heap valid when collections stop the world", () => {
    const r = run(`
shared = []
def work(i):
    for k in range(200):
        shared.append({"k": str(k), "v": [k] * 3})
start_all(work, 4)
print(len(shared), sum(len(d["v"]) for d in shared))
`, ["--gc-stress", "--verify-heap"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("800 2400\n");
  }, 240_000);

  it("keeps the heap valid while 8 threads allocate through many collections", () => {
    // Each thread allocates small objects from its own region, large ones
    // (over 1 KiB) from the shared lists, and grows lists in place, about
    // 15 MB per thread: collections (one per 16 MB allocated) stop the world
    // several times while the others are mid-run, and --verify-heap checks
    // the whole heap after each.
    const r = run(`
results = [None] * 8
def work(i):
    kept = []
    total = 0
    for r in range(1500):
        words = [str(r * 100 + k) for k in range(60)]
        big = [i] * 300
        grown = []
        for k in range(40):
            grown.append(k)
        total += len(words[-1]) + sum(big) // 300 + grown[-1]
        if r % 100 == 0:
            kept.append((words, big, grown))
    results[i] = (total, len(kept), sum(len(w) for w, b, g in kept), kept[-1][0][-1])
start_all(work, 8)
print(len(set(results)) == 8, results[0][1:], results[7][1:])
`, ["--verify-heap"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("True (15, 900, '140059') (15, 900, '140059')\n");
  }, 240_000);

  it("keeps each pop, remove, insert, del, reverse and sort of a shared list atomic", () => {
    // Every operation takes the size inside the list's lock: two threads
    // popping the last item never both get it, nor a slot past the end.
    const r = run(`
popped = []
removed = []
for rnd in range(5):
    items = list(range(2000))
    def pop_all(i):
        while True:
            try:
                popped.append(items.pop())
            except IndexError:
                return
    start_all(pop_all, 4)
    assert sorted(popped) == list(range(2000)) and items == [], (len(popped), len(set(popped)))
    popped.clear()
    items = list(range(2000))
    def remove_own(i):
        for x in range(i, 2000, 4):
            items.remove(x)
            removed.append(x)
    start_all(remove_own, 4)
    assert items == [] and sorted(removed) == list(range(2000)), (items[:5], len(removed))
    removed.clear()
mixed = []
def edit(i):
    for k in range(500):
        mixed.append(k)
        mixed.insert(0, -k)
        if k % 7 == 0:
            mixed.reverse()
        if k % 11 == 0:
            mixed.sort()
        del mixed[-1]
start_all(edit, 4)
print(len(mixed), all(type(x) is int for x in mixed))
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("2000 True\n");
  }, 120_000);

  it("unpacks a list that other threads grow, shrink and replace into real items or a ValueError", () => {
    // UNPACK_SEQUENCE reads a list's items without its lock: each read is
    // bounded by the items block it read first, and a slot being changed
    // sends the unpacking under the lock, so it never yields a freed block's
    // word, a 0 or garbage, whatever the editors do to the list meanwhile.
    const r = run(`
shared = [0, 1, 2]
seen = [0, 0, 0, 0]
def work(i):
    if i % 2 == 0:
        unpacked = failed = 0
        for k in range(30000):
            try:
                a, b, c = shared
            except ValueError:
                failed += 1
                continue
            assert type(a) is int and type(b) is int and type(c) is int, (a, b, c)
            unpacked += 1
        seen[i] = unpacked
        seen[i + 1] = failed
    else:
        for k in range(6000):
            shared.append(k)
            del shared[0]
            shared.insert(0, -k)
            shared.pop()
            shared[:] = [k, k + 1, k + 2]
            shared.extend(range(20))
            del shared[3:]
start_all(work, 4)
print(seen[0] + seen[1], seen[2] + seen[3], shared)
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("30000 30000 [5999, 6000, 6001]\n");
  }, 120_000);

  it("reads attributes right while other threads add and delete them on the same instances", () => {
    // LOAD_ATTR remembers where in the instance dict it found a name; the
    // dict's table may be replaced meanwhile (deleted entries dropped, so
    // positions move): the remembered position is checked in the table it
    // is read from, never paired with another.
    const r = run(`
class Box:
    pass
boxes = [Box() for _ in range(8)]
for b in boxes:
    b.keep = 7
wrong = [0]
def work(i):
    if i % 2 == 0:
        for k in range(40000):
            if boxes[k % 8].keep != 7:
                wrong[0] += 1
    else:
        for k in range(4000):
            b = boxes[k % 8]
            setattr(b, "t%d_%d" % (i, k % 12), k)
            if k % 3 == 0:
                delattr(b, "t%d_%d" % (i, k % 12))
start_all(work, 4)
print(wrong[0], [b.keep for b in boxes] == [7] * 8)
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("0 True\n");
  }, 120_000);

  it("keeps setdefault and popitem of a shared dict atomic", () => {
    const r = run(`
groups = {}
def join_groups(i):
    for k in range(1000):
        groups.setdefault(k % 250, []).append(i)
start_all(join_groups, 4)
print(len(groups), all(sorted(v) == [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3] for v in groups.values()))
pairs = []
table = {k: -k for k in range(3000)}
def drain(i):
    while True:
        try:
            pairs.append(table.popitem())
        except KeyError:
            return
start_all(drain, 4)
print(sorted(pairs) == [(k, -k) for k in range(3000)], table)
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("250 True\nTrue {}\n");
  }, 120_000);

  it("lets a shared counter lose updates but never exceed the count", () => {
    const r = run(`
import sys
counter = 0
def work(i):
    global counter
    for _ in range(50000):
        counter += 1
start_all(work, 2)
print(counter <= 100000, sys._is_gil_enabled())
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("True False\n");
  }, 120_000);
  it("iterates a dict that other threads rebuild and empty: every item a pair the dict held, or the size-change error", () => {
    const r = run(`
shared = {k: 2 * k for k in range(64)}
bad = []
seen = [0]
def iterate(i):
    for _ in range(300):
        try:
            for k, v in shared.items():
                if v != 2 * k:
                    bad.append((k, v))
                seen[0] += 1
            for k, v in reversed(shared.items()):
                if v != 2 * k:
                    bad.append((k, v))
            for k, v in shared.copy().items():
                if v != 2 * k:
                    bad.append((k, v))
        except RuntimeError as e:
            if "changed size" not in str(e):
                bad.append(str(e))
def churn(i):
    for round in range(300):
        # Each churner its own keys, enough of them to make the table grow and shrink.
        for k in range(1000 * i, 1000 * i + 40):
            shared[k] = 2 * k
        for k in range(1000 * i, 1000 * i + 40):
            del shared[k]
def work(i):
    (iterate if i < 2 else churn)(i)
start_all(work, 4)
print(bad, seen[0] > 0, sorted(shared) == list(range(64)))
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("[] True True\n");
  }, 120_000);
  it("iterates and copies a set that other threads fill and clear: every item one the set held, or the size-change error", () => {
    const r = run(`
shared = set(range(64))
bad = []
def iterate(i):
    for _ in range(300):
        try:
            for x in shared:
                if not isinstance(x, int) or not (0 <= x < 64 or 1000 <= x < 4000):
                    bad.append(x)
        except RuntimeError as e:
            if "changed size" not in str(e):
                bad.append(str(e))
        for x in list(shared):
            if not isinstance(x, int):
                bad.append(x)
def churn(i):
    for round in range(300):
        # Each churner its own keys, enough of them to make the table grow; clear() shrinks it back.
        mine = range(1000 * i, 1000 * i + 40)
        shared.update(mine)
        shared.difference_update(mine)
        if round % 50 == 0:
            shared.clear()
            shared.update(range(64))
def work(i):
    (iterate if i < 2 else churn)(i)
start_all(work, 4)
print(bad, sorted(shared) == list(range(64)))
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("[] True\n");
  }, 120_000);
  it("finds every key that stays in a set while other threads make its table grow", () => {
    const r = run(`
shared = set(range(64))
missed = []
def look(i):
    for _ in range(400):
        for k in range(0, 64, 3):
            if k not in shared:
                missed.append(k)
def churn(i):
    for round in range(40):
        # Each churner its own keys: adding them rebuilds the table, larger, many times over.
        mine = range(100000 * i + 1000 * round, 100000 * i + 1000 * round + 200)
        shared.update(mine)
        shared.difference_update(mine)
def work(i):
    (look if i < 2 else churn)(i)
start_all(work, 4)
print(missed, set(range(64)) <= shared)
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("[] True\n");
  }, 120_000);
});
