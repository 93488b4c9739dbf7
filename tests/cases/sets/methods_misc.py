s = {10, 20, 30}
c = s.copy()
c.add(40)
print(sorted(s), sorted(c), s is c)
print(sorted(set.union({1}, {2}, {3})), sorted(set.intersection({1, 2}, {2, 3}, {2})))
print(len({*range(3), *[5, 5]}), sorted({*range(3), *[5, 5]}))
e = set()
for op in ("add", "discard", "remove"):
    try:
        getattr(e, op)(1)
        print(op, "ok", sorted(e))
    except KeyError as err:
        print(op, "KeyError:", err)
try:
    set().pop()
except KeyError as err:
    print("KeyError:", err)
print(set("") == set(), set([None]), {None, 0} == {0, None})
