# An exception raised in an except* clause joins the unmatched rest in a new group.
def load(name):
    raise ExceptionGroup("loading " + name, [KeyError(name), TypeError("wrong type")])


print("start")
try:
    load("config")
except* KeyError as e:
    raise RuntimeError("cannot recover") from None
except* OSError:
    print("not reached")
