def f(items):
    return [await x for x in items]
