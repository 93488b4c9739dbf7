s = "abcdefghij"
for sl in [slice(None), slice(2, None), slice(None, -2), slice(-3, None, -1), slice(None, None, -3), slice(8, 2, -2), slice(2, 8, -1), slice(-100, 100, 4)]:
    print(sl, repr(s[sl]), list(range(10))[sl], sl.indices(10))
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1], q[1:2], q[1:2:3], q[::], q[1, 2], q[1:2, ::3], q[...], q[:, None])
print(range(10)[2:8:2], range(10)[::-1], range(0, 20, 3)[-2], len(range(5, 0, -2)), range(3) == range(0, 3, 1))
print(list(range(10, 0, -3)), 7 in range(0, 10, 7), range(0, 10, 3).index(9), range(5).count(3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    "abc"[::0]
except ValueError as e:
    print(e)
b = bytearray(b"0123456789"); b[2:5] = b"XY"; print(b); b[::3] = b"..."; print(b)
t = tuple(range(6)); print(t[1::2], t[-1:-4:-1])
print(slice(1, 5) == slice(1, 5), hash(slice(1, 2)) if False else "-", slice(3).stop, slice(1, 2, 3).step)
print([1, 2, 3][True], "xyz"[-True], (1, 2)[False:])
