# importlib.reload runs the module again in its own namespace.
import importlib
import _counter_mod
f = _counter_mod.version
again = importlib.reload(_counter_mod)
print(again is _counter_mod, _counter_mod.loads, f(), _counter_mod.version is f)
import shapes.circle
print(importlib.reload(shapes.circle).PI)
for bad in (5, "shapes"):
    try:
        importlib.reload(bad)
    except TypeError as e:
        print("TypeError:", e)
import sys
del sys.modules["_counter_mod"]
try:
    importlib.reload(_counter_mod)
except ImportError as e:
    print("ImportError:", e)
