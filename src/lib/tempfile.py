"""Temporary files and directories, after CPython's tempfile module.

Names are "tmp" followed by eight random characters from the same alphabet
as CPython's; a name that exists already is skipped, as CPython retries
(up to TMP_MAX times). The directory is the first of $TMPDIR, $TEMP, $TMP
that is a directory, else /tmp, /var/tmp, /usr/tmp, else the current
directory, and is kept in `tempdir` once found.

Provided: gettempdir, gettempprefix, mkdtemp, mkstemp, mktemp,
TemporaryDirectory, NamedTemporaryFile and TemporaryFile (the last two
return the file object wrapped so that closing it deletes the file).
"""

import os
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
           "TMP_MAX", "gettempprefix", "tempdir", "gettempdir"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.Random()


def _random_name():
    return "".join([_rng.choice(_CHARACTERS) for _ in range(8)])


def _candidate_dirs():
    dirlist = []
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = os.getenv(name)
        if value:
            dirlist.append(value)
    dirlist.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    dirlist.append(os.getcwd())
    return dirlist


def gettempdir():
    """The directory temporary files go to."""
    global tempdir
    if tempdir is None:
        for candidate in _candidate_dirs():
            if candidate != os.curdir:
                candidate = os.path.abspath(candidate)
            if os.path.isdir(candidate):
                tempdir = candidate
                break
        else:
            raise FileNotFoundError(2, "No usable temporary directory found in %s" % _candidate_dirs())
    return tempdir


def gettempprefix():
    return template


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory, readable only by its owner; returns its absolute path."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates and opens a new file; returns (fd, absolute path)."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary file name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: another process may take it)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.exists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


def _rmtree(path):
    for name in os.listdir(path):
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            _rmtree(full)
        else:
            os.remove(full)
    os.rmdir(path)


class TemporaryDirectory:
    """A directory made by mkdtemp and removed, with its contents, by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._removed = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if self._removed or not os.path.exists(self.name):
            return
        try:
            _rmtree(self.name)
        except OSError:
            if not self._ignore_cleanup_errors:
                raise
        self._removed = True


class _TemporaryFileWrapper:
    """A file object whose close() also deletes the file (when delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self._delete = delete

    def __getattr__(self, name):
        return getattr(self.file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper file={!r}>".format(self.file)

    def close(self):
        self.file.close()
        if self._delete and os.path.exists(self.name):
            os.remove(self.name)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None, delete_on_close=True):
    """A file with a name in the file system, deleted when closed (if delete)."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        os.remove(name)
        os.close(fd)
        raise
    file.name = name
    return _TemporaryFileWrapper(file, name, delete and delete_on_close)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """An anonymous temporary file: its name is removed at once."""
    fd, name = mkstemp(suffix, prefix, dir)
    os.remove(name)
    return open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
