"""Object-oriented filesystem paths (POSIX): PurePath/PurePosixPath for the
path arithmetic, Path/PosixPath adding the filesystem operations.

A path is its normalized parts: repeated and trailing slashes and '.'
components are dropped ('..' is kept), and a leading '//' stays as it is, as
POSIX allows.

Difference from CPython: no Windows flavour, no stat(), chmod(), owner(),
symlink operations or walk(); glob() and rglob() handle '*', '?', '[...]' and
'**' through fnmatch.
"""

import os

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath", "UnsupportedOperation"]


class UnsupportedOperation(NotImplementedError):
    pass


def _split_root(path):
    """(root, rest) of a POSIX path: '', '/' or '//'."""
    if not path.startswith('/'):
        return '', path
    if path.startswith('//') and not path.startswith('///'):
        return '//', path[2:]
    return '/', path.lstrip('/')


class PurePath:
    """A path without filesystem access."""

    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        segments = []
        for arg in args:
            if isinstance(arg, PurePath):
                segments.append(str(arg))
                continue
            path = arg
            if not isinstance(path, str) and hasattr(type(arg), '__fspath__'):
                path = arg.__fspath__()
            if not isinstance(path, str):
                raise TypeError(
                    "argument should be a str or an os.PathLike object "
                    "where __fspath__ returns a str, not "
                    f"{type(arg).__name__!r}")
            segments.append(path)
        root = ''
        parts = []
        for segment in segments:
            seg_root, rest = _split_root(segment)
            if seg_root:
                root = seg_root
                parts = []
            for part in rest.split('/'):
                if part and part != '.':
                    parts.append(part)
        self._root = root
        self._parts = parts
        self._str = None
        self._hash = None

    @classmethod
    def _from_parts(cls, root, parts):
        obj = object.__new__(cls)
        obj._root = root
        obj._parts = list(parts)
        obj._str = None
        obj._hash = None
        return obj

    def with_segments(self, *pathsegments):
        return type(self)(*pathsegments)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def __bytes__(self):
        return str(self).encode()

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._sort_key() <= other._sort_key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._sort_key() > other._sort_key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._sort_key() >= other._sort_key()

    def _sort_key(self):
        return str(self).split('/')

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parts(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if not name or '/' in name or name == '.':
            raise ValueError(f"Invalid name {name!r}")
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f"{self!r} has a non-empty suffix")
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        stem = self.stem
        if not stem:
            raise ValueError(f"{self!r} has an empty name")
        if suffix and (not suffix.startswith('.') or suffix == '.' or '/' in suffix):
            raise ValueError(f"Invalid suffix {suffix!r}")
        return self.with_name(stem + suffix)

    def relative_to(self, other, /, *, walk_up=False):
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        for step, path in enumerate([other] + list(other.parents)):
            if path == self or path in self.parents:
                break
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if path.name == '..':
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        parts = ['..'] * step + self._parts[len(path._parts):]
        return self._from_parts('', parts)

    def is_relative_to(self, other, /):
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches a glob pattern, compared from the right
        (from the root when the pattern is absolute)."""
        import fnmatch
        pattern = self.with_segments(path_pattern)
        if not pattern.parts:
            raise ValueError("empty pattern")
        pat_parts = pattern.parts
        parts = self.parts
        if pattern._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        import fnmatch
        pat = self.with_segments(pattern)
        if len(pat.parts) != len(self.parts) and '**' not in pat.parts:
            return False
        return _match_parts(list(self.parts), list(pat.parts))

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)


def _match_parts(parts, pats):
    import fnmatch
    if not pats:
        return not parts
    if pats[0] == '**':
        return any(_match_parts(parts[k:], pats[1:]) for k in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], pats[0]) and _match_parts(parts[1:], pats[1:])


class _PathParents:
    """The ancestors of a path, nearest first: path.parents."""

    __slots__ = ('_path', '_count')

    def __init__(self, path):
        self._path = path
        self._count = len(path._parts)

    def __len__(self):
        return self._count

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        p = self._path
        return p._from_parts(p._root, p._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __contains__(self, item):
        return any(item == p for p in self)

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePosixPath(PurePath):
    """A POSIX path without filesystem access."""
    __slots__ = ()


class Path(PurePath):
    """A path with filesystem operations."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.environ.get('HOME', '/'))

    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        """The absolute path with '..' components applied."""
        path = str(self.absolute())
        return self.with_segments(os.path.normpath(path))

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(str(self))

    def is_dir(self, *, follow_symlinks=True):
        return os.path.isdir(str(self))

    def is_file(self, *, follow_symlinks=True):
        return os.path.isfile(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if 'b' in mode:
            return open(str(self), mode, buffering)
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open(mode='r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = bytes(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def iterdir(self):
        """The paths of the directory's entries (in the order the system lists them)."""
        root = str(self)
        for name in os.listdir(root):
            yield self._from_parts(self._root, self._parts + [name])

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """The paths below this directory matching a relative glob pattern."""
        pats = list(self.with_segments(pattern).parts)
        if not pats:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if pattern.startswith('/'):
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._glob(self, pats)

    def _glob(self, base, pats):
        import fnmatch
        pat, rest = pats[0], pats[1:]
        if pat == '**':
            candidates = [base] + list(_walk_dirs(base))
            for directory in candidates:
                if rest:
                    yield from self._glob(directory, rest)
                else:
                    yield directory
            return
        if not any(c in pat for c in '*?['):
            child = base / pat
            if rest:
                if child.is_dir():
                    yield from self._glob(child, rest)
            elif child.exists():
                yield child
            return
        try:
            names = os.listdir(str(base))
        except OSError:
            return
        for name in names:
            if name.startswith('.') and not pat.startswith('.'):
                continue
            if fnmatch.fnmatchcase(name, pat):
                child = base / name
                if rest:
                    if child.is_dir():
                        yield from self._glob(child, rest)
                else:
                    yield child

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        return self.glob('**/' + pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            if parents:
                if self.is_dir():
                    raise FileExistsError(17, 'File exists', str(self))
                os.makedirs(str(self), mode, exist_ok=exist_ok)
            else:
                os.mkdir(str(self), mode)
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with self.open('a'):
            pass

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return self.with_segments(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return self.with_segments(target)

    def samefile(self, other_path):
        return self.resolve() == self.with_segments(other_path).resolve()

    def expanduser(self):
        if self._parts and self._parts[0] == '~' and not self._root:
            return self.with_segments(os.environ.get('HOME', '~'), *self._parts[1:])
        return self


def _walk_dirs(base):
    """Every directory below base, depth first (hidden ones skipped)."""
    try:
        names = sorted(os.listdir(str(base)))
    except OSError:
        return
    for name in names:
        child = base / name
        if not name.startswith('.') and child.is_dir() and not child.is_symlink():
            yield child
            yield from _walk_dirs(child)


class PosixPath(Path, PurePosixPath):
    """A POSIX path with filesystem operations."""
    __slots__ = ()
