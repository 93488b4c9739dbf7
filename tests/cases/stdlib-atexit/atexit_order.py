# atexit: handlers run at exit, last registered first, with their arguments;
# an exception in one is reported and the others still run.
import atexit


def goodbye(name, punctuation="!"):
    print("goodbye", name + punctuation)


class Failing:
    def __call__(self):
        raise ValueError("handler failed")

    def __repr__(self):
        return "<Failing handler>"


def never():
    print("never printed")


atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punctuation="?")
atexit.register(Failing())
atexit.register(never)
atexit.register(never)
atexit.unregister(never)


@atexit.register
def decorated():
    print("decorated runs first")


try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("main module ends")
