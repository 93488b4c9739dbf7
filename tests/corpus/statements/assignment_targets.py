class C:
    pass


obj = C()
lst = [0, 0, 0, 0]
dct = {}
obj.attr, lst[0], dct["k"], (a, b), [c, *d] = "x", 1, 2, (3, 4), [5, 6, 7]
print(obj.attr, lst, dct, a, b, c, d)
lst[1:3] = "ab"
obj.nested = C()
obj.nested.value = lst[-1] = dct.setdefault("z", 9)
print(lst, obj.nested.value, dct)
i = 0
i, lst[i] = 2, "set"  # left to right: i becomes 2 first
print(i, lst)
(p), [q] = 1, [2]
((r, s), t), u = ((3, 4), 5), 6
print(p, q, r, s, t, u)
