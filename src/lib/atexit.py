"""Functions to run when the interpreter exits normally: register(func,
*args, **kwargs) and unregister(func). They run in last-registered-first
order after the main module ended (and its non-daemon threads were joined),
also when it ended with an uncaught exception or SystemExit; an exception in
one is reported through sys.unraisablehook and the others still run.

CPython writes this module in C, so its frames stay out of tracebacks
(__traceback_hidden__).
"""

import sys

__traceback_hidden__ = True

_callbacks = []


def register(func, /, *args, **kwargs):
    """Registers func(*args, **kwargs) to run at exit; returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Removes every registration of func."""
    _callbacks[:] = [entry for entry in _callbacks if not (entry[0] == func)]


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)


class _Unraisable:
    # The argument sys.unraisablehook receives.
    def __init__(self, exc, func):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = exc.__traceback__
        self.err_msg = f"Exception ignored in atexit callback {func!r}"
        self.object = None


def _run_exitfuncs():
    """Runs and forgets the registered functions, last first."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            sys.unraisablehook(_Unraisable(exc, func))
