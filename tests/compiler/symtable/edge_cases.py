"""Edge cases: unusual but valid combinations."""
from __future__ import division

def only_docstring():
    """Nothing else."""

def first_statement_not_a_string():
    1
    return 2

def deletions(a):
    b = a
    def get():
        return b
    del a
    del b
    return get

class Meta(type):
    pass

class Configured(Base, *mixins, metaclass=Meta, **options):
    global registry
    registry = 1

def outer():
    value = 1
    class Inner:
        nonlocal value
        value = 2
        def method(self):
            return [super().method() for _ in range(1)]
    return Inner, value

def star_index(table, keys):
    return table[*keys], table[1, *keys]

def print_star(*args):
    print(*args, sep="", end="")

def finally_overrides():
    try:
        return 1
    finally:
        return 2

def loop_else_in_finally(items):
    for item in items:
        try:
            if item:
                break
        finally:
            print(item)
    else:
        return None
    return item

def return_in_with_in_for(items):
    for item in items:
        with item as handle:
            return handle

def yield_in_try_in_with(ctx):
    with ctx:
        try:
            yield 1
        finally:
            yield 2

async def async_mix(source):
    async for chunk in source:
        data = [await part async for part in chunk if await part]
        yield data

def constant_loops():
    while 1:
        break
    while False:
        print("never")
    if 0:
        print("dead")
    else:
        print("live")
    return [] if None else ()

def chained(a, b, c):
    x = y = []
    a[1:2:3] = b
    del a[::2]
    return x is y, a < b == c

def lambdas(n):
    return lambda *, scale=n: (v * scale for v in range(n))

if __debug__:
    assert only_docstring() is None
