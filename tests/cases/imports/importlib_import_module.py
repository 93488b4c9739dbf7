# importlib.import_module: absolute and relative names, the module itself is returned.
import importlib
m = importlib.import_module("shapes.solid.cube")
print(m.__name__)
c = importlib.import_module(".circle", "shapes")
print(c.__name__, c.PI)
s = importlib.import_module("..square", "shapes.solid")
print(s.__name__)
print(importlib.import_module("json").dumps([1]))
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("no_such_thing_anywhere")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    importlib.import_module("...x", "shapes")
except ImportError as e:
    print("ImportError:", e)
importlib.invalidate_caches()
