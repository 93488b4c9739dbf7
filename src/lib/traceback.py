"""Printing and formatting exceptions as the interpreter reports them:
print_exc, format_exc, print_exception, format_exception,
format_exception_only.

The report itself (frames, source lines, carets, chained exceptions) comes
from the interpreter, through sys._format_exception.

Difference from CPython: no StackSummary/FrameSummary/TracebackException
objects, no extract_tb/extract_stack/print_stack, and the `limit` and
`chain` arguments are ignored; format_exception returns the report as one
line per list item.
"""

import sys

__all__ = ['format_exc', 'format_exception', 'format_exception_only',
           'print_exc', 'print_exception', 'print_last']


def _value(exc, value):
    # print_exception(exc) in the 3.10+ form, or (type, value, tb) in the old one.
    if value is not None and not isinstance(value, type):
        return value
    return exc


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    """The report for an exception, as a list of lines (each ending in a newline)."""
    exc = _value(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return sys._format_exception(exc).splitlines(keepends=True)


def format_exception_only(exc, /, value=None):
    """The last line of the report: 'Type: message', then any notes."""
    exc = _value(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    cls = type(exc)
    name = cls.__qualname__
    if cls.__module__ not in ('__main__', 'builtins'):
        name = cls.__module__ + '.' + name
    try:
        message = str(exc)
    except Exception:
        message = '<exception str() failed>'
    lines = [f'{name}: {message}\n' if message else f'{name}\n']
    lines.extend(f'{note}\n' for note in getattr(exc, '__notes__', ()))
    return lines


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    """Prints the report for an exception to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """The report for the exception being handled, as one string."""
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the report for the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    last = getattr(sys, 'last_exc', None)
    if last is None:
        raise ValueError("no last exception")
    print_exception(last, limit=limit, file=file, chain=chain)
