d = {}
for key in ["zebra", "apple", "mango", "kiwi"]:
    d[key] = len(key)
print(list(d), list(d.values()))
del d["apple"]
d["apple"] = 5
print(list(d))
d["zebra"] = 99
print(list(d.items()))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
for i, (k, v) in enumerate(sorted(d.items())):
    print(i, k, v)
print(list(reversed(d)), list(reversed(d.items())), next(iter(d)), next(iter(d.values())))
squares = {n: n * n for n in range(6)}
print(squares, [k for k in squares if k % 2])
try:
    for k in squares:
        squares[k + 100] = 0
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    for k in squares:
        del squares[k]
except RuntimeError as err:
    print("RuntimeError:", err)
