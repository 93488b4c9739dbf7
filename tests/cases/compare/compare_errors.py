pairs = [(1, "1"), ("a", None), ([1], (1,)), ({}, {}), ({1}, [1]), (None, None), (1j, 2j), (object, int)]
for a, b in pairs:
    for op, fn in (("<", lambda x, y: x < y), (">=", lambda x, y: x >= y)):
        try:
            print(repr(a), op, repr(b), fn(a, b))
        except TypeError as err:
            print(repr(a), op, repr(b), "TypeError:", err)
print(1 == "1", None == 0, [] == {}, {1} == frozenset({1}), {1: 2} == {1: 2})
try:
    sorted([3, "a", 1])
except TypeError as err:
    print("TypeError:", err)
try:
    max([None, 1])
except TypeError as err:
    print("TypeError:", err)
