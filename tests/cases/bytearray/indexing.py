# Reading, writing and deleting items and slices of a bytearray.
a = bytearray(b"hello world")
print(a[0], a[-1], a[4], type(a[0]).__name__)
print(a[0:5], a[6:], a[::2], a[::-1], a[-5:-1], a[100:], type(a[1:3]).__name__)
a[0] = 72
a[-1] = ord("D")
print(a)
a[0:5] = b"HOWDY"
print(a)
a[0:5] = b"Hi"
print(a, len(a))
a[3:] = bytearray(b"there, friend")
print(a)
a[:0] = [62, 32]
print(a)
a[1:1] = b""
print(a)
a[::2] = b"." * len(a[::2])
print(a)
del a[0]
print(a)
del a[-1]
print(a)
del a[2:5]
print(a)
del a[::3]
print(a)
del a[:]
print(a, len(a))
b = bytearray(range(10))
b[1:9:3] = [100, 101, 102]
print(list(b))
b[2:4] = range(3)
print(list(b))
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def setitem(k, v):
    b[k] = v
def delitem(k):
    del b[k]
attempt(lambda: setitem(20, 1))
attempt(lambda: setitem(0, 256))
attempt(lambda: setitem(0, -1))
attempt(lambda: setitem(0, "x"))
attempt(lambda: b["a"])
attempt(lambda: b[30])
attempt(lambda: delitem(30))
attempt(lambda: setitem(slice(None, None, 2), b"ab"))
attempt(lambda: setitem(slice(0, 2), 5))
attempt(lambda: b[1.5])
attempt(lambda: setitem(slice(0, 2), [1, 300]))
attempt(lambda: setitem(slice(0, 2), "ab"))
print(list(b))
b[0:2] = 3 * b"z"
print(list(b))
