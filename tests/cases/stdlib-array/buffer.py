# bytes() and bytearray() over arrays (PEP 688 buffers) and objects with __bytes__.
from array import array


class WithBytes:
    def __bytes__(self):
        return b'xy'


class BadBytes:
    def __bytes__(self):
        return 'no'


print(bytes(WithBytes()), bytes(memoryview(b'ab')), bytearray(array('h', [1, -2])))
print(bytes(array('B', [1, 2, 255])), bytes(array('d')), bytes(array('q', [-1])))
try:
    bytes(BadBytes())
except TypeError as exc:
    print(exc)
v = memoryview(array('q', [10, 20, 30]))
print(v.format, v.itemsize, v.nbytes, v.tolist(), v[::2].tolist(), bytes(v[1:2]))
