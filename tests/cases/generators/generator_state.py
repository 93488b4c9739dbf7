def stepper():
    yield "a"
    yield "b"


g = stepper()
print(g.gi_running, g.gi_frame is not None, g.gi_suspended if hasattr(g, "gi_suspended") else "n/a")
next(g)
print(g.gi_suspended, g.gi_frame is not None)
list(g)
print(g.gi_frame, g.gi_suspended)


def self_ref():
    yield gen_ref.gi_running


gen_ref = self_ref()
print(next(gen_ref))


def reentry():
    yield next(r)


r = reentry()
try:
    next(r)
except ValueError as err:
    print("ValueError:", err)
print(stepper().__name__, stepper.__name__, stepper().__qualname__)
iterator = iter(stepper())
print(iter(iterator) is iterator, hasattr(iterator, "__next__"), hasattr(iterator, "send"))
