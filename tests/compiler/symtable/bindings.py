global module_level
a, *b = 1, 2, 3
(c, d), e = (1, 2), 3
for i, j in []:
    pass
with open("x") as f, open("y") as (g, h):
    pass
try:
    pass
except ValueError as err:
    pass
count: int = 0
annotated_only: str
obj = object()
obj.attr: int = 1
if (n := 10) > 5:
    pass
del a
c += 1
k = [0]
k[0] = 1

def binder(p, /, q, *, r, **s):
    t: int
    u: int = 1
    for v in range(3):
        w = v
    with open("z") as x:
        pass
    try:
        pass
    except Exception as y:
        pass
    while (z := 1):
        break
    del w
    return p, q, r, s
