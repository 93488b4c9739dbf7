def gen():
    yield 1
    yield 2
    raise ValueError("gen failed")
for x in gen():
    print(x)
