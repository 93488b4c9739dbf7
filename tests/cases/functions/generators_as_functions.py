def countdown(n):
    while n > 0:
        yield n
        n -= 1


def is_generator_function(fn):
    return bool(fn.__code__.co_flags & 0x20)


gen = countdown(3)
print(type(gen).__name__, list(gen), list(gen))
print(is_generator_function(countdown), is_generator_function(len.__call__) if False else False)


def maybe_yield(flag):
    if flag:
        yield "yielded"
    return "returned"


print(list(maybe_yield(True)), list(maybe_yield(False)))
print(sum(countdown(100)), max(countdown(5)), sorted(countdown(4)))


def numbered(items, start=1):
    for i, item in enumerate(items, start):
        yield f"{i}. {item}"


print(list(numbered(["eggs", "milk"])), list(numbered("ab", 10)))


def send_doubler():
    value = yield "ready"
    while True:
        value = yield value * 2


d = send_doubler()
print(next(d), d.send(4), d.send("ab"), d.send([1]))


def with_return():
    yield 1
    return "result"


g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("return value travels in StopIteration:", stop.value)
print(type(with_return).__name__, type(with_return()).__name__, with_return.__name__)
