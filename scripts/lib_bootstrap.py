"""Run a program under CPython with pygil's src/lib modules in place of the
standard ones.

Usage: python3 scripts/lib_bootstrap.py [--switch-interval SECONDS] PROGRAM.py

--switch-interval sets sys.setswitchinterval first: a tiny value makes
CPython switch threads far more often, to shake out races in the modules.

Built-in C modules (itertools, _thread-backed threading, ...) cannot be
overridden through PYTHONPATH, so this installs a finder at the front of
sys.meta_path that serves every module found under src/lib, after dropping
any copy already imported during start-up. The program then runs as __main__.
"""

import importlib.abc
import importlib.util
import os
import sys

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "lib")
LIB = os.path.normpath(LIB)


def lib_path(fullname):
    parts = fullname.split(".")
    base = os.path.join(LIB, *parts)
    if os.path.isfile(os.path.join(base, "__init__.py")):
        return os.path.join(base, "__init__.py"), True
    if os.path.isfile(base + ".py"):
        return base + ".py", False
    return None, False


class LibFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        filename, is_package = lib_path(fullname)
        if filename is None:
            return None
        locations = [os.path.dirname(filename)] if is_package else None
        return importlib.util.spec_from_file_location(
            fullname, filename, submodule_search_locations=locations)


def top_level_names():
    names = set()
    for entry in os.listdir(LIB):
        if entry.endswith(".py"):
            names.add(entry[:-3])
        elif os.path.isfile(os.path.join(LIB, entry, "__init__.py")):
            names.add(entry)
    return names


def install():
    # No __pycache__ folders inside src/lib.
    sys.dont_write_bytecode = True
    tops = top_level_names()
    for name in list(sys.modules):
        if name.split(".")[0] in tops:
            del sys.modules[name]
    sys.meta_path.insert(0, LibFinder())


def main():
    if sys.argv[1] == "--switch-interval":
        sys.setswitchinterval(float(sys.argv[2]))
        del sys.argv[1:3]
    program = sys.argv[1]
    sys.argv = sys.argv[1:]
    with open(program, encoding="utf-8") as source_file:
        code = compile(source_file.read(), program, "exec")
    install()
    sys.path[0] = os.path.dirname(os.path.abspath(program))
    # A fresh __main__ (runpy is avoided: it imports standard modules lazily,
    # which would then load the replacements).
    main_module = type(sys)("__main__")
    main_module.__file__ = program
    main_module.__builtins__ = __builtins__
    sys.modules["__main__"] = main_module
    exec(code, main_module.__dict__)


if __name__ == "__main__":
    main()
