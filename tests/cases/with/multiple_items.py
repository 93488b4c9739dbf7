log = []


class Res:
    def __init__(self, name, fail_enter=False):
        self.name, self.fail_enter = name, fail_enter

    def __enter__(self):
        if self.fail_enter:
            log.append(f"failed entering {self.name}")
            raise RuntimeError(f"cannot enter {self.name}")
        log.append(f"enter {self.name}")
        return self.name

    def __exit__(self, *exc):
        log.append(f"exit {self.name}")
        return False


with Res("a") as a, Res("b") as b:
    log.append(f"body {a}{b}")
with (Res("c") as c,
      Res("d") as d):
    log.append(f"body {c}{d}")
with (
    Res("e"),
    Res("f") as f,
):
    log.append(f"body {f}")
try:
    with Res("g"), Res("h", fail_enter=True), Res("i"):
        log.append("never")
except RuntimeError as err:
    log.append(f"caught {err}")
with Res("outer"):
    with Res("inner"):
        log.append("nested body")
print(*log, sep="\n")
