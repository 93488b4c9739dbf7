from contextlib import contextmanager


@contextmanager
def opened(path, log):
    log.append(f"open {path}")
    handle = {"path": path, "lines": []}
    try:
        yield handle
    except Exception as err:
        log.append(f"error {err!r}")
        raise
    else:
        log.append("success")
    finally:
        log.append(f"close {path}")


log = []
with opened("a.txt", log) as h:
    h["lines"].append("hello")
try:
    with opened("b.txt", log):
        raise OSError("disk full")
except OSError:
    log.append("caught outside")
print(*log, sep="\n")
