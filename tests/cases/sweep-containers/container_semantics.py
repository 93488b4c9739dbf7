# dict/set/list subtle behaviours
d = {}
d[1] = "int"; d[1.0] = "float"; d[True] = "bool"
print(d, len(d))
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1); print(d)
d = {"b": 1, "a": 2}
d.update(b=3); d.setdefault("c", []).append(4); print(d, list(d.items())[-1])
print({**{"a": 1}, **{"a": 2}}, dict(a=1) | dict(b=2), {"x": 1} == {"x": 1.0})
d2 = {i: i * i for i in range(5)}
for k in list(d2):
    if k % 2: del d2[k]
print(d2, d2.keys() - {0}, d2.items() & {(2, 4)})
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), max({"a": 1, "b": 2}.values()))
s = {3, 1, 2}; s2 = s | {4}; s.add(0); print(sorted(s), sorted(s2), {1, 2} ^ {2, 3}, {1} <= {1, 2}, {1, 2} > {1})
print(set("hello") == set("olleh"), len({1, 1.0, True}), {(1, 2), (1, 2)}, frozenset([1]) | {2})
l = [3, 1, 2]
print(l.sort() is None, l, sorted(l, key=lambda x: -x), l[::-1], l * 0, [l] * 2)
l2 = l[:]; l2[0] = 99; print(l, l2, l is l2, l == [1, 2, 3])
stack = []; stack.append(1); stack.append(2); print(stack.pop(), stack)
queue = [1, 2, 3]; print(queue.pop(0), queue)
nested = [[1, 2], [3]]; shallow = nested.copy(); shallow[0].append(9); print(nested)
print([1, 2, 3].index(2), [1, 2, 2].count(2), [5, 3].__len__(), [0] * 3 + [1])
print(list(range(10))[2:8:3], list(range(10))[-3:], list(range(10))[:-7:-2])
a = [1, 2, 3, 4, 5]; a[1:4] = []; print(a); a[1:1] = [7, 8]; print(a); del a[::2]; print(a)
t = (1, [2, 3]); t[1].append(4); print(t)
try:
    t[1] += [5]
except TypeError as e:
    print(e, t)
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
print(min({"x": 3, "y": 1}, key=lambda k: {"x": 3, "y": 1}[k]), sum({1: 0, 2: 0}))
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words}, [w for w in words if len(set(w)) < len(w)])
print(list(dict.fromkeys([3, 1, 3, 2, 1])), [x for i, x in enumerate([1, 1, 2]) if x not in [1, 1, 2][:i]])
matrix = [[0] * 3 for _ in range(3)]
for i in range(3): matrix[i][i] = 1
print(matrix, [row[::-1] for row in matrix], [sum(col) for col in zip(*matrix)])
