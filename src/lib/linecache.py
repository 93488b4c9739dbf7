"""The lines of source files, read once and kept (getline, getlines,
clearcache, checkcache), for warnings and tracebacks."""

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forgets every file read so far."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` of the file (1-based, with its newline), or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Every line of the file, or [] when it cannot be read."""
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    """Kept for compatibility: files are read once and not checked again."""


def lazycache(filename, module_globals):
    return False


def updatecache(filename, module_globals=None):
    """Reads the file again into the cache and returns its lines."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8') as file:
            lines = file.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = lines
    return lines
