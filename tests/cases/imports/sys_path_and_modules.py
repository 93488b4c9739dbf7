# sys.path is a list the program changes; sys.modules is the cache import reads.
import sys
import os
here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here, isinstance(sys.path, list))
try:
    import _extra_mod
except ModuleNotFoundError as e:
    print(e)
sys.path.append(os.path.join(here, "extra"))
import _extra_mod
print(_extra_mod.NAME, os.path.basename(os.path.dirname(_extra_mod.__file__)))


class Fake:
    answer = 42


sys.modules["virtual"] = Fake()
import virtual
from virtual import answer
print(virtual.answer, answer)
import _greet
del sys.modules["_greet"]
import _greet as again
print(again.count)
saved = sys.path
sys.path = []
try:
    import _never_there
except ModuleNotFoundError as e:
    print(e)
sys.path = saved
print("math" in sys.modules, "sys" in sys.modules, "builtins" in sys.modules)
