xs = [10, 20, 30]
for i in (0, 2, 3, -1, -3, -4, 100):
    try:
        print(i, xs[i])
    except IndexError as err:
        print(i, "IndexError:", err)
for i in (3, -4):
    try:
        xs[i] = 0
    except IndexError as err:
        print("assign", i, "IndexError:", err)
try:
    [].pop()
except IndexError as err:
    print("IndexError:", err)
try:
    xs["0"]
except TypeError as err:
    print("TypeError:", err)
try:
    xs[None]
except TypeError as err:
    print("TypeError:", err)
print(xs[True], xs[False], xs[-True])
