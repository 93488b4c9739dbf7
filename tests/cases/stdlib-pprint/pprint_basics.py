# pprint/pformat: wrapping nested containers at the width, sorting, depth, recursion.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

data = {"name": "pygil", "versions": [3.11, 3.12, 3.13], "nested": {"a": list(range(30)), "b": ("x", "y")},
        "flags": {"gil": True, "free_threaded": False}, "empty": [], "zero": 0, 7: None}
try:
    pprint.pprint(data)
except TypeError as e:
    print("TypeError", e)
del data[7]
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, sort_dicts=False)
pprint.pprint(data, indent=4, width=50)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, compact=True, width=60)
print(pprint.pformat(list(range(40)), compact=True, width=50))
print(pprint.pformat(list(range(25)), width=30))
print(pprint.pformat((1,)), pprint.pformat(()), pprint.pformat([[1, 2], (3,)], width=5))
print(pprint.pformat({3, 1, 2}), pprint.pformat(frozenset([5, 4])), pprint.pformat(set()))
print(pprint.pformat({i: frozenset(range(i)) for i in range(2, 7)}, width=40))
text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint({"key": text, "lines": "first line\nsecond line that is long enough " * 3}, width=50)
pprint.pprint(b"\x00\x01binary data that goes on and on and on and on and on and on and on", width=30)
pprint.pprint([bytearray(b"abcdefghijklmnopqrstuvwxyz" * 3)], width=40)
r = [1, 2]
r.append(r)
print(pprint.pformat(r).split("<")[0])
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
print(pprint.saferepr(r).startswith("[1, 2, <Recursion on list with id="))
d = {"z": 1, "a": [{"deep": {"deeper": {"deepest": list(range(10))}}}]}
pprint.pp(d, width=30)
pprint.pprint(d, depth=3)
print(pprint.pformat(12345678, underscore_numbers=True), pprint.pformat([10**12], underscore_numbers=True))
pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)), width=40)
pprint.pprint(defaultdict(list, {"alpha": [1, 2, 3], "beta": list(range(20))}), width=40)
pprint.pprint(Counter("abracadabra pneumonoultramicroscopicsilicovolcanoconiosis"), width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint([{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(5)], width=45)
p = pprint.PrettyPrinter(width=20, indent=2)
print(p.pformat({"alpha": 1, "beta": [1, 2, 3, 4, 5, 6, 7]}))
print(p.isreadable({"a": 1}), p.isrecursive([]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)
import sys
pprint.pprint(["to", "stderr"], stream=sys.stderr)
