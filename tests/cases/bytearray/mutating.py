# The mutating methods of bytearray and the in-place operators.
a = bytearray(b"abc")
a.append(100)
a.append(0x65)
print(a)
a.extend(b"fg")
a.extend([104, 105])
a.extend(bytearray(b"jk"))
a.extend(x for x in b"lm")
print(a, len(a))
a.insert(0, 33)
a.insert(-1, 63)
a.insert(100, 46)
a.insert(-100, 35)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(ord("c"))
print(a)
r = a.reverse()
print(r, a)
c = a.copy()
c.append(49)
print(a, c, type(c).__name__, c is a)
a.clear()
print(a, len(a), bool(a))
x = bytearray(b"ab")
y = x
x += b"cd"
x += bytearray(b"ef")
print(x, y is x, y)
x *= 2
print(x, y is x)
x *= 0
print(x, y)
z = bytearray(b"q")
z *= -3
print(z)
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
e = bytearray(b"xy")
attempt(lambda: bytearray().pop())
attempt(lambda: e.pop(5))
attempt(lambda: e.remove(122))
attempt(lambda: e.append(256))
attempt(lambda: e.append("a"))
attempt(lambda: e.extend([1, 2, 999]))
attempt(lambda: e.extend(5))
attempt(lambda: e.extend("str"))
attempt(lambda: e.insert(0, -5))
print(e)
def iadd():
    global e
    e += "no"
attempt(iadd)
def imul():
    global e
    e *= 1.5
attempt(imul)
print(e)
