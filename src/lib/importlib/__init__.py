"""importlib's public entry points that need no loaders: import_module
(an import by a name computed at run time, relative names resolved against
`package` as CPython does), reload (the module's file run again in its own
namespace) and invalidate_caches (a no-op: pygil's finder keeps no
directory caches).
"""

import sys
import _imp

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Import a module and return it (not the top-level package, unlike __import__)."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != ".":
                break
            level += 1
    if not isinstance(package, (str, type(None))):
        raise TypeError("__package__ not set to a string")
    absolute = _resolve_name(name[level:], package, level) if level else name
    if not absolute:
        raise ValueError("Empty module name")
    __import__(absolute)
    return sys.modules[absolute]


def reload(module):
    """Run the module's file again in its namespace and return the module."""
    return _imp.reload(module)


def invalidate_caches():
    """Nothing to invalidate: modules are looked up on disk at each import."""
