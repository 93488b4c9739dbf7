# The part of a group no except* clause matched propagates, as a group.
def work():
    raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type"), OSError("io")])


def run():
    try:
        work()
    except* ValueError as e:
        print("handled", repr(e.exceptions))


print("start")
run()
