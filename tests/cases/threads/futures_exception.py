# An exception in a submitted call is stored in its Future: result() raises
# it, exception() returns it; map() raises it when its turn comes.
from concurrent.futures import ThreadPoolExecutor


def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


with ThreadPoolExecutor(max_workers=2) as executor:
    bad = executor.submit(check, -1)
    good = executor.submit(check, 1)
    try:
        bad.result()
    except ValueError as e:
        print("result() raised:", repr(e))
    err = bad.exception()
    print(type(err).__name__, err, err is bad.exception(), good.exception())
    print(bad.done(), bad.cancelled())
    results = executor.map(check, [1, 2, -3, 4])
    try:
        for r in results:
            print("map gave", r)
    except ValueError as e:
        print("map raised:", e)
    zero = executor.submit(lambda: 1 / 0)
    print(type(zero.exception()).__name__, zero.exception())
