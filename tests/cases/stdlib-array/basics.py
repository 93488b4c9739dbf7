import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__, type(A('i')))
for tc in 'bBhHiIlLqQfd':
    a = A(tc, [1, 2, 3])
    print(tc, a, a.itemsize, a.typecode, a.tolist(), len(a.tobytes()))
print(A('b'), repr(A('d')), A('d', [1.5, 2]), A('f', [0.1]), A('f', [0.1])[0], A('f', [1e300]))
print(A('B', b'ab'), A('b', bytearray(b'\x01\xff')), A('h', b'\x01\x00\xfe\xff'), A('d', iter([1, 2])))
print(A('i', A('b', [1, 2])), A('d', A('i', [7])))

a = A('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(A('i', [7]))
a.insert(0, 0)
a.insert(-100, -1)
a.insert(100, 8)
print(a, len(a), a[0], a[-1], a[2:5], a[::-2], a[::-1])
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3)
print(a, a.index(4), a.index(2, 1), a.count(2), a.count(2.0), 4 in a, 4.0 in a, 99 in a)
a.reverse()
print(a, list(a), list(reversed(a)), sum(a))
a[0] = 100
a[-1] = -100
a[1:3] = A('i', [9, 9, 9, 9])
print(a)
a[::2] = A('i', [0] * len(a[::2]))
print(a)
del a[0]
del a[1:3]
del a[::2]
print(a)
b = A('i', [1, 2]) + A('i', [3])
b += A('i', [4])
c = b * 2
c *= 2
print(b, c, 3 * A('b', [1]), A('i', [1]) * 0, A('i', [1]) * -1)
print(A('d', [1.0]) == A('i', [1]), A('i', [1, 2]) < A('b', [1, 3]), A('i', [1]) != A('i', [1]),
      A('i', [1, 2]) >= A('i', [1, 2]), A('i', [1]) == [1], A('i') < A('i', [0]))
print(A('h', [1, -2]).tobytes(), bytes(A('h', [1, -2])), bytes(A('d', [1.0])))
m = memoryview(A('i', [1, 2, 3]))
print(m.tolist(), m.format, m.itemsize, len(m), m.nbytes, m[1])
d = A('i')
d.frombytes(A('i', [5, 6]).tobytes())
d.fromlist([7, 8])
print(d)
s = A('H', [1, 0x0102])
s.byteswap()
print(s, s.buffer_info()[1])
f = A('d', [1.0])
f.byteswap()
f.byteswap()
print(f)
import copy
print(copy.copy(d), copy.deepcopy(d), copy.copy(d) is d)
