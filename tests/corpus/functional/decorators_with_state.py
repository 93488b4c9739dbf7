import functools
import time


def count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def retry(times=3, exceptions=(Exception,)):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as err:
                    print(f"attempt {attempt} failed: {err}")
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return decorate


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            wrapper.last = time.perf_counter() - start
    wrapper.last = None
    return wrapper


def validate(**checks):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(**kwargs):
            for name, check in checks.items():
                if name in kwargs and not check(kwargs[name]):
                    raise ValueError(f"invalid {name}={kwargs[name]!r}")
            return fn(**kwargs)
        return wrapper
    return decorate


attempts = iter([ValueError("flaky"), ValueError("again"), None])


@retry(times=4, exceptions=(ValueError,))
@count_calls
def flaky():
    problem = next(attempts)
    if problem:
        raise problem
    return "success"


@timed
def work(n):
    return sum(i * i for i in range(n))


@validate(age=lambda a: 0 <= a < 150, name=str.isalpha)
def register(*, name, age):
    return f"{name} ({age})"


print(flaky(), flaky.__wrapped__.calls, flaky.__name__)
print(work(1000), work.last is not None and work.last >= 0)
print(register(name="ada", age=36))
try:
    register(name="r2d2", age=5)
except ValueError as err:
    print(err)
