# `from m import *` honours __all__, else takes the names without a leading underscore.
from _star_all import *
print(visible, _private_but_listed)
try:
    also_public
except NameError as e:
    print("NameError:", e)
from _star_plain import *
print(public, helper())
try:
    _hidden
except NameError as e:
    print("NameError:", e)
from shapes import *
print(sorted(n for n in dir() if not n.startswith("__")))


def f():
    return "ok"


print(f())
