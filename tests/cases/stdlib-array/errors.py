from array import array as A


def attempt(f):
    try:
        print(f())
    except Exception as exc:
        print(type(exc).__name__, exc)


for tc in 'bBhHiIlLqQ':
    for v in (2**64, -2**64, 2**7, -129, 2**8, -1, 2**15, -2**15 - 1, 2**16, 2**31, -2**31 - 1, 2**32, 2**63):
        attempt(lambda: A(tc, [v]))
attempt(lambda: A('d', [2**1100]))
for args in [('i', [1.5]), ('d', ['x']), ('f', [None]), ('z', []), ('i', 'abc'), ('i', b'abc'), ('b', 3),
             (1,), ('i', [1], 2), ()]:
    attempt(lambda: A(*args))
a = A('i', [1, 2, 3])
attempt(lambda: a.index(5))
attempt(lambda: a.index(1, 1))
attempt(lambda: a.remove(5))
attempt(lambda: a.pop(10))
attempt(lambda: A('i').pop())
attempt(lambda: a.pop('x'))
attempt(lambda: a[10])
attempt(lambda: a['x'])
attempt(lambda: a + [1])
attempt(lambda: a + A('d'))
attempt(lambda: a * 'x')
attempt(lambda: a.frombytes(b'abc'))
attempt(lambda: a.frombytes('x'))
attempt(lambda: a.extend([1.5]))
attempt(lambda: a.extend(A('d')))
attempt(lambda: a.extend(3))
attempt(lambda: a.insert('x', 1))
attempt(lambda: a.fromlist((1,)))
attempt(lambda: a.fromlist([4, 'x']))
attempt(lambda: a.__setitem__(slice(0, 1), [1]))
attempt(lambda: a.__setitem__(slice(0, 1), A('d', [1])))
attempt(lambda: a.__setitem__(slice(0, 3, 2), A('i', [1, 2, 3])))
attempt(lambda: a.__setitem__(0, 'x'))
attempt(lambda: a.__setitem__(5, 1))
attempt(lambda: a.__delitem__(5))
attempt(lambda: a.__iadd__([1]))
attempt(lambda: A('B', [1]).append(256))
attempt(lambda: A('b', [1]).__setitem__(0, -200))
print(a)
