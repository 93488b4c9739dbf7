from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext


@contextmanager
def step(name, log):
    log.append(f"start {name}")
    try:
        yield len(log)
    except KeyError as err:
        log.append(f"handled {err}")
    finally:
        log.append(f"end {name}")


class Connection:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True


log = []
with step("a", log) as position:
    log.append(f"inside at {position}")
with step("b", log):
    raise KeyError("missing")
with suppress(ZeroDivisionError):
    1 / 0
with ExitStack() as stack:
    for name in "xyz":
        stack.enter_context(step(name, log))
with closing(Connection("db")) as conn:
    pass
with nullcontext(5) as five:
    pass
print(log, conn.closed, five, sep="\n")
