with open("f") as fh:
    data = fh.read()

with lock:
    pass

with a() as x, b() as y:
    use(x, y)

with ctx() as (first, second):
    pass

def returns_from_with():
    with lock:
        return compute()

def loop_with(items):
    for item in items:
        with item:
            if item.done:
                break
            continue
