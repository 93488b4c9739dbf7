xs = list("abcdefgh")
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs)
xs = [1, 2, 3, 2, 1, 2]
xs.remove(2)
print(xs)
while 2 in xs:
    xs.remove(2)
print(xs)
ys = [n for n in range(10)]
for n in list(ys):
    if n % 3 == 0:
        ys.remove(n)
print(ys)
zs = list(range(10))
for i in range(len(zs) - 1, -1, -1):
    if zs[i] % 2:
        del zs[i]
print(zs)
try:
    del zs[100]
except IndexError as err:
    print("IndexError:", err)
ws = [1, 2, 3]
del ws[:]
print(ws)
