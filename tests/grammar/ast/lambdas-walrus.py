f = lambda: 0
g = lambda x: x
h = lambda x, y=1, *args, z, w=2, **kw: (x, y, args, z, w, kw)
i = lambda *, a: a
j = lambda a, /, b: a
k = lambda *args: args
l = lambda **kw: kw
m = lambda a=lambda: 1: a
if (n := 10) > 5:
    pass
while (line := read()):
    print(line)
values = [y for x in data if (y := f(x))]
print(total := 0)
z = (w := 1)
