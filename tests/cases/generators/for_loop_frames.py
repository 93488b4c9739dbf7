# A generator iterated by a for loop runs in the caller's loop: yield, return,
# break, exceptions leaving it, the exception being handled, recursion.
def count(n):
    for i in range(n):
        yield i
    return "done"

print(list(count(3)), sum(x * x for x in range(10)))
g = count(5)
for x in g:
    if x == 2:
        break
print(next(g), list(g))
for x in g:
    print("never")

def boom():
    yield 1
    raise ValueError("inside")

try:
    for x in boom():
        print("got", x)
except ValueError as e:
    print("caught", e, type(e.__context__))

def stop():
    yield 1
    raise StopIteration

try:
    for x in stop():
        pass
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

def tree(n):
    if n > 0:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)

print(list(tree(3)))

def ctx():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        yield 2

try:
    raise TypeError("outer")
except TypeError as outer:
    for v in ctx():
        try:
            raise IndexError("in loop")
        except IndexError as e:
            print(v, repr(e.__context__))

def self_ref():
    yield next(gen)

gen = self_ref()
try:
    for x in gen:
        pass
except ValueError as e:
    print("ValueError", e)

def nested():
    for i in range(3):
        yield (j for j in range(i))

print([list(x) for x in nested()])
print(all(i % j for j in range(2, 10) for i in [11]), any(x > 3 for x in range(5)))

def deep(n):
    if n == 0:
        yield 0
        return
    for x in deep(n - 1):
        yield x + 1

import sys
print(list(deep(50)))
sys.setrecursionlimit(100)
try:
    print(list(deep(200)))
except RecursionError as e:
    print("RecursionError", e)

def g2():
    x = yield 1
    print("sent", x)
    yield 2

it = g2()
for v in it:
    print("v", v)

def tb():
    yield 1
    1 / 0

try:
    for x in tb():
        pass
except ZeroDivisionError as e:
    print("caught", e)
