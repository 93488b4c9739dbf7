# The import system's errors, with CPython's messages.
import sys
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _greet.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import shapes.nothing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from _greet import nothing
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "DIR"), e.name)
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .sibling import x
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import _broken_attr
except ValueError as e:
    print("ValueError:", e, "_broken_attr" in sys.modules)
try:
    import _broken_attr
except ValueError as e:
    print("again:", e)
import _circ_a
print(_circ_a.A, _circ_a._circ_b.B)
try:
    import _circ_c
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rsplit("/", 1)[0], "DIR"))
print("_circ_c" in sys.modules, "_circ_d" in sys.modules)
sys.modules["fake_module"] = None
try:
    import fake_module
except ImportError as e:
    print(type(e).__name__, e)
