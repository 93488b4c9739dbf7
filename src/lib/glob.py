"""Filename pattern expansion: glob, iglob and escape, with '*', '?',
'[...]' and, with recursive=True, '**' for any number of directories.

Names that start with '.' match only patterns that start with '.' (unless
include_hidden=True). The order is the one os.listdir gives, as in CPython.

Difference from CPython: dir_fd is not supported and there is no translate().
"""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]

_MAGIC = set('*?[')


def _has_magic(s):
    return any(c in _MAGIC for c in s)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching pathname, a list."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching pathname, one at a time."""
    if isinstance(pathname, bytes):
        for p in iglob(pathname.decode('latin-1'), root_dir=root_dir, recursive=recursive,
                       include_hidden=include_hidden):
            yield p.encode('latin-1')
        return
    if root_dir is not None:
        root_dir = str(root_dir)
    absolute = pathname.startswith('/')
    parts = [p for p in pathname.split('/') if p]
    start = '/' if absolute else ''
    if not parts:
        if pathname and _exists(pathname, root_dir):
            yield pathname
        return
    seen = set()
    for path in _expand(start, parts, root_dir, recursive, include_hidden, pathname.endswith('/')):
        if recursive and path in seen:
            continue
        seen.add(path)
        yield path


def _full(path, root_dir):
    if root_dir is None or path.startswith('/'):
        return path or '.'
    return os.path.join(root_dir, path) if path else root_dir


def _exists(path, root_dir):
    return os.path.exists(_full(path, root_dir))


def _isdir(path, root_dir):
    return os.path.isdir(_full(path, root_dir))


def _listdir(path, root_dir):
    try:
        return os.listdir(_full(path, root_dir))
    except OSError:
        return []


def _join(base, name):
    if not base:
        return name
    if base.endswith('/'):
        return base + name
    return base + '/' + name


def _walk(base, root_dir, include_hidden):
    """base and every directory below it (for '**')."""
    yield base
    for name in _listdir(base, root_dir):
        if not include_hidden and name.startswith('.'):
            continue
        child = _join(base, name)
        if _isdir(child, root_dir) and not os.path.islink(_full(child, root_dir)):
            yield from _walk(child, root_dir, include_hidden)


def _expand(base, parts, root_dir, recursive, include_hidden, want_dir):
    part, rest = parts[0], parts[1:]
    if recursive and part == '**':
        for directory in _walk(base, root_dir, include_hidden):
            if rest:
                yield from _expand(directory, rest, root_dir, recursive, include_hidden, want_dir)
            elif directory == base:
                # The starting directory itself, as os.path.join(base, '').
                if base:
                    yield _join(base, '')
            else:
                yield _join(directory, '') if want_dir else directory
        if not rest:
            # '**' alone also matches the files in every directory.
            for directory in _walk(base, root_dir, include_hidden):
                for name in _listdir(directory, root_dir):
                    if not include_hidden and name.startswith('.'):
                        continue
                    child = _join(directory, name)
                    if not _isdir(child, root_dir):
                        yield child
        return
    if not _has_magic(part):
        child = _join(base, part)
        if rest:
            if _isdir(child, root_dir):
                yield from _expand(child, rest, root_dir, recursive, include_hidden, want_dir)
        elif (_isdir(child, root_dir) if want_dir else _exists(child, root_dir)):
            yield child + '/' if want_dir else child
        return
    names = _listdir(base, root_dir)
    if not (include_hidden or part.startswith('.')):
        names = [n for n in names if not n.startswith('.')]
    for name in fnmatch.filter(names, part):
        child = _join(base, name)
        if rest:
            if _isdir(child, root_dir):
                yield from _expand(child, rest, root_dir, recursive, include_hidden, want_dir)
        elif not want_dir or _isdir(child, root_dir):
            yield child + '/' if want_dir else child


def escape(pathname):
    """pathname with the special characters quoted, to match literally."""
    return ''.join('[' + c + ']' if c in _MAGIC else c for c in pathname)


def has_magic(s):
    return _has_magic(s)
