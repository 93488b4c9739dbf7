"""warn() and warn_explicit(), which CPython writes in C: they read the
filters, the default action and the once-registry from the warnings module
at each call (catch_warnings swaps the filters list), and print through its
_showwarnmsg.

The module sets __traceback_hidden__, so its frames stay out of tracebacks,
as C functions do: a warning turned into an error shows the line that warned.
"""

import sys

__traceback_hidden__ = True

_defaultaction = "default"
_onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _next_external_frame(frame, skip_file_prefixes):
    frame = frame.f_back
    while frame is not None and any(
            frame.f_code.co_filename.startswith(p) for p in skip_file_prefixes):
        frame = frame.f_back
    return frame


def _caller(stacklevel, skip_file_prefixes):
    """The frame `stacklevel` calls up from warn()'s caller, or None."""
    try:
        if not skip_file_prefixes:
            return sys._getframe(stacklevel + 1)
        frame = sys._getframe(2)
        for _ in range(stacklevel - 1):
            frame = _next_external_frame(frame, skip_file_prefixes)
            if frame is None:
                return None
        return frame
    except ValueError:
        return None


def warn(message, category=None, stacklevel=1, source=None,
         *, skip_file_prefixes=()):
    """Issues a warning, or ignores it, or raises it, as the filters say."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError('skip_file_prefixes must be a tuple of strs.')
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    frame = _caller(stacklevel, skip_file_prefixes)
    if frame is None:
        globals = sys.__dict__
        filename = "<sys>"
        lineno = 0
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals['__name__'] if '__name__' in globals else "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals, source)


def _matches(pattern, text):
    # The default filters hold plain strings, which must match exactly.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def _action_for(filters, text, category, module, lineno):
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            return action, item
    return sys.modules['warnings'].defaultaction, None


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Issues a warning for an explicit location."""
    warnings = sys.modules['warnings']
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action, item = _action_for(warnings.filters, text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if warnings.onceregistry.get(oncekey):
            return
        warnings.onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError(
            "Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    warnings._showwarnmsg(warnings.WarningMessage(
        message, category, filename, lineno, None, None, source))
