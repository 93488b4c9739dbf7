# except* inside functions, loops, generators and coroutines.
import asyncio
from _show import tree


def loop():
    results = []
    for i in range(4):
        try:
            if i % 2:
                raise ExceptionGroup("odd", [ValueError(i)])
            results.append(i)
        except* ValueError as e:
            results.append(-e.exceptions[0].args[0])
            for sub in e.exceptions:
                if sub.args[0] > 100:
                    break
                continue
    return results

print(loop())


def gen():
    for i in range(3):
        try:
            yield i
            raise ExceptionGroup("g", [KeyError(i)])
        except* KeyError as e:
            yield ("caught", e.exceptions[0].args[0])

print(list(gen()))


def throwing():
    try:
        yield 1
    except* ValueError as e:
        yield ("thrown in", len(e.exceptions))

g = throwing()
print(next(g))
print(g.throw(ExceptionGroup("t", [ValueError(1), ValueError(2)])))


async def child(n):
    await asyncio.sleep(0)
    if n % 2:
        raise ValueError(n)
    return n


async def main():
    try:
        results = await asyncio.gather(*(child(n) for n in range(4)), return_exceptions=True)
        errors = [r for r in results if isinstance(r, Exception)]
        if errors:
            raise ExceptionGroup("tasks", errors)
    except* ValueError as e:
        print("task errors:", sorted(x.args[0] for x in e.exceptions))
    try:
        raise ExceptionGroup("async", [OSError(1)])
    except* OSError as e:
        await asyncio.sleep(0)
        print("awaited in the clause")
        tree(e)

try:
    asyncio.run(main())
except Exception as e:
    print("main failed:", type(e).__name__, e)


def nested():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
        except* ValueError:
            print("inner took ValueError")
    except* TypeError as e:
        print("outer took", repr(e.exceptions))
    except* OSError as e:
        print("outer took", repr(e.exceptions))

nested()


def closure():
    try:
        raise ExceptionGroup("eg", [ValueError("captured")])
    except* ValueError as e:
        saved = e
        def get():
            return saved.exceptions[0]
    return get()

print(repr(closure()))


def finally_runs():
    log = []
    for n in range(2):
        try:
            try:
                raise ExceptionGroup("eg", [ValueError(n), TypeError(n)])
            except* ValueError:
                log.append(f"V{n}")
            finally:
                log.append(f"F{n}")
        except ExceptionGroup as e:
            log.append(f"rest {len(e.exceptions)}")
    return log

print(finally_runs())
