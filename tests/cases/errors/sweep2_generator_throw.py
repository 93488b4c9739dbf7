def worker():
    total = 0
    while True:
        x = yield total
        total += x
g = worker()
next(g)
print(g.send(5))
print(g.send(7))
g.send("eight")
