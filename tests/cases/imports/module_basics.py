# Importing a module beside the script: its body runs once, its attributes.
import _greet
import _greet
import _greet as g
from _greet import greet, GREETING as hello_word
import sys
import os

print(_greet.greet("world"), greet("you"), hello_word, g is _greet)
print(_greet.count, _greet.__name__, _greet.__doc__)
print(os.path.basename(_greet.__file__), os.path.isabs(_greet.__file__))
print(repr(_greet.__package__), _greet.__loader__ is not _greet)
print(sys.modules["_greet"] is _greet, type(_greet).__name__)
print(sorted(k for k in vars(_greet) if not k.startswith("__")))
print(__name__)
if __name__ == "__main__":
    print("main guard runs")
spec = _greet.__spec__
print(spec.name, repr(spec.parent), os.path.basename(spec.origin), spec.has_location, spec.submodule_search_locations)
print(type(spec).__name__, __spec__)
import shapes.solid
s = shapes.solid.__spec__
print(s.name, s.parent, s.submodule_search_locations is shapes.solid.__path__, shapes.circle.__spec__.parent)
