import os, sys as system
from . import x
from ..a.b import (c as d, e,)
from m import *
x = 1 + 2 * 3 - -4 ** -1
y: int = 5
(z): int
a.b: str = "s"
a, *b = c = [1, 2.5, 3j, ...]
del a[0], b.c
x += 1
def f(a, /, b: int = 2, *args, c, d=4, **kw) -> None:
    """doc"""
    global g
    return a if b else c
@dec
@dec2(1)
class C(Base, metaclass=M):
    def m(self): pass
    async def am(self):
        await self.x
        async for i in y: pass
        async with a as b, c: pass
for i, j in enumerate(x):
    if i: continue
    elif j: break
    else: pass
else:
    pass
while not x and y or z:
    x = lambda a, *b, c=1, **d: (a, b)
try:
    pass
except (E, F) as e:
    raise X from e
except G:
    raise
else:
    pass
finally:
    pass
with (a as b, c as d):
    pass
with (a, b) as c:
    pass
assert x, "msg"
print(f(*a, b, c=1, **d), x[1:2, ::3], x[a:b:c], {1: 2, **e}, {1, *s})
r = [x for x in y if x async for z in w]
g = (x for x in y)
s = {x: y for x, y in z}
t = 1 < 2 <= 3 is not 4 not in 5
def gen():
    x = yield
    y = yield from z
    yield a, b
nonlocal_ = 1
