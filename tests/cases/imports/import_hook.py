# Replacing builtins.__import__: every import statement calls the new function.
import builtins
original = builtins.__import__
seen = []


def tracing(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level, globals["__name__"] if globals else None))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = tracing
import _greet
from shapes import circle
import shapes.solid.cube as cube


def inside():
    from _star_plain import public
    return public


print(inside())
builtins.__import__ = original
import _star_all
# CPython's own importlib machinery imports through the hook too; those calls are not the program's.
for entry in seen:
    if not str(entry[3]).startswith("_frozen_importlib"):
        print(entry)
