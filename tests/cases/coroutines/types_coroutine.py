# types.coroutine: generator-based coroutines that native coroutines can await.
import types


@types.coroutine
def suspend(tag):
    reply = yield tag
    return f"reply to {tag}: {reply}"


async def main():
    a = await suspend("first")
    b = await suspend("second")
    return a, b


coro = main()
print(coro.send(None))
print(coro.send("one"))
try:
    coro.send("two")
except StopIteration as stop:
    print(stop.value)

print(suspend.__code__.co_flags & 0x100 != 0, suspend.__name__)
g = suspend("x")
print(type(g).__name__, g.gi_code.co_flags & 0x120 == 0x120)


# A generator-based coroutine may itself await (yield from) native coroutines.
async def native(x):
    return x * 2


@types.coroutine
def bridge(x):
    value = yield from native(x)
    yield f"bridged {value}"
    return value + 1


async def uses_bridge():
    return await bridge(5)


c = uses_bridge()
print(c.send(None))
try:
    c.send(None)
except StopIteration as stop:
    print("bridge result", stop.value)


pending = native(1)


def plain_generator():
    yield from pending


try:
    list(plain_generator())
except TypeError as err:
    print("TypeError:", err)
pending.close()


async def already():
    return "native"


print(types.coroutine(already) is already)


# Something that returns a generator-like object gets wrapped.
class Ticker:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        self.n += 1
        if self.n > 2:
            raise StopIteration(f"ticker done after {value}")
        return f"tick {self.n}"

    def throw(self, *args):
        raise args[0]

    def close(self):
        pass


@types.coroutine
def make_ticker():
    return Ticker()


async def await_ticker():
    return await make_ticker()


t = await_ticker()
print(t.send(None), t.send("a"))
try:
    t.send("b")
except StopIteration as stop:
    print(stop.value)
wrapper = make_ticker()
print(type(wrapper).__name__, wrapper.__name__, iter(wrapper) is wrapper, wrapper.__await__() is wrapper)

try:
    types.coroutine(1)
except TypeError as err:
    print("TypeError:", err)

print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
pending = already()
print(isinstance(pending, types.CoroutineType))
pending.close()


# __code__ and code.replace()
def f():
    return "f"


def g():
    return "g"


f.__code__ = g.__code__
print(f(), f.__name__, f.__code__.co_name)
renamed = g.__code__.replace(co_name="renamed")
print(renamed.co_name, g.__code__.co_name)
try:
    f.__code__ = 1
except TypeError as err:
    print("TypeError:", err)


def outer():
    x = 1

    def inner():
        return x
    return inner


try:
    f.__code__ = outer().__code__
except ValueError as err:
    print("ValueError:", err)
try:
    f.__code__.replace(co_bogus=1)
except TypeError as err:
    print("TypeError:", err)
