async def sample(x):
    return x + 1


c = sample(1)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as stop:
    print(stop.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as err:
    print("RuntimeError:", err)


async def outer():
    return await sample(10)


o = outer()
try:
    o.send(None)
except StopIteration as stop:
    print(stop.value)
d = sample(5)
d.close()
try:
    d.send(None)
except RuntimeError as err:
    print("RuntimeError:", err)
print(sample.__code__.co_flags & 0x80 != 0, hasattr(c, "__await__"), hasattr(c, "__next__"))
try:
    iter(d)
except TypeError as err:
    print("TypeError:", err)
