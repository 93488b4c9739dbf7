# CPython's messages for misuse of await, async for, async with, coroutines
# and async generators.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
    except Exception as err:
        cause = err.__cause__
        extra = f" (cause: {type(cause).__name__}: {cause})" if cause is not None else ""
        return f"{type(err).__name__}: {err}{extra}"


class NoAnext:
    def __aiter__(self):
        return self


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


class OnlyAenter:
    async def __aenter__(self):
        return self


class OnlyAexit:
    async def __aexit__(self, *exc):
        return False


class PlainEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *exc):
        return False


class PlainExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *exc):
        return None


returned = []


class ReturnsCoroutine:
    def __await__(self):
        # Kept and closed below, so that no "never awaited" warning depends on finalization.
        returned.append(simple())
        return returned[-1]


class ReturnsList:
    def __await__(self):
        return [1, 2]


async def simple():
    return "simple"


async def await_int():
    await 5


async def await_none():
    await None


async def for_int():
    async for x in 3:
        pass


async def for_list():
    async for x in [1, 2]:
        pass


async def for_no_anext():
    async for x in NoAnext():
        pass


async def for_bad_anext():
    async for x in BadAnext():
        pass


async def with_int():
    async with 1:
        pass


async def with_only_aenter():
    async with OnlyAenter():
        pass


async def with_only_aexit():
    async with OnlyAexit():
        pass


async def with_plain_enter():
    async with PlainEnter():
        pass


async def with_plain_exit():
    async with PlainExit():
        pass


async def await_returns_coroutine():
    return await ReturnsCoroutine()


async def await_returns_list():
    return await ReturnsList()


async def comprehension_over_list():
    return [x async for x in [1, 2]]


for test in [await_int, await_none, for_int, for_list, for_no_anext, for_bad_anext, with_int,
             with_only_aenter, with_only_aexit, with_plain_enter, with_plain_exit,
             await_returns_coroutine, await_returns_list, comprehension_over_list]:
    print(f"{test.__name__}: {run(test())}")
for coro in returned:
    coro.close()


# A coroutine awaited twice, and reused after it finished.
class Suspend:
    def __await__(self):
        yield "suspended"


async def waits():
    await Suspend()
    return "waited"


inner = waits()


async def first():
    return await inner


async def second():
    return await inner


f = first()
print("first step:", f.send(None))
print("second:", run(second()))
print("first:", run(f))
print("reuse:", run(first()))


# A coroutine awaiting itself runs into itself.
async def selfish():
    return await me


me = selfish()
print("self:", run(me))


# Sending into a fresh coroutine, and closing.
c = simple()
try:
    c.send(1)
except TypeError as err:
    print("TypeError:", err)
c.close()
print("closed:", run(c))


async def ignores_exit():
    try:
        await Suspend()
    except GeneratorExit:
        await Suspend()


c = ignores_exit()
c.send(None)
try:
    c.close()
except RuntimeError as err:
    print("RuntimeError:", err)


async def raises_stop_iteration():
    raise StopIteration(1)


print("stop:", run(raises_stop_iteration()))
c = raises_stop_iteration()
try:
    c.send(None)
except RuntimeError as err:
    print("cause:", type(err.__cause__).__name__, err.__cause__)


# throw() into a coroutine suspended in an await.
async def catcher():
    try:
        await Suspend()
    except KeyError as err:
        return f"caught {err!r}"


c = catcher()
c.send(None)
try:
    c.throw(KeyError("thrown"))
except StopIteration as stop:
    print("throw:", stop.value)

# __await__ of a coroutine is an iterator over it.
w = waits().__await__()
print(type(w).__name__, iter(w) is w, next(w))
try:
    next(w)
except StopIteration as stop:
    print("wrapper done:", stop.value)
w = waits().__await__()
print(w.send(None))
try:
    w.throw(ValueError("into wrapper"))
except ValueError as err:
    print("wrapper throw:", err)
w.close()

# async generators refuse 'return value' at compile time and 'await' in sync code.
for source in ["async def f():\n    yield 1\n    return 2\n",
               "def f():\n    await x\n",
               "def f():\n    async for x in y: pass\n",
               "def f():\n    async with x: pass\n",
               "async def f():\n    yield from x\n",
               "def f():\n    return [x async for x in y]\n"]:
    try:
        compile(source, "<test>", "exec")
    except SyntaxError as err:
        print("SyntaxError:", err.msg, "line", err.lineno)
