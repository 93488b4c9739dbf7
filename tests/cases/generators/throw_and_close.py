def worker():
    print("worker started")
    try:
        while True:
            try:
                job = yield
                print("working on", job)
            except ValueError as err:
                print("recovered from", err)
    finally:
        print("worker cleanup")


w = worker()
next(w)
w.send("job1")
w.throw(ValueError("bad job"))
w.send("job2")
w.close()
print("closed")
w.close()
try:
    w.send("after close")
except StopIteration:
    print("StopIteration after close")


def no_catch():
    yield 1
    yield 2


g = no_catch()
next(g)
try:
    g.throw(KeyError("boom"))
except KeyError as err:
    print("propagated KeyError", err)
print(next(g, "exhausted"))


def converts():
    try:
        yield "ready"
    except GeneratorExit:
        print("GeneratorExit received")
        raise


c = converts()
print(next(c))
c.close()


def yields_in_finally():
    try:
        yield 1
    finally:
        yield "cleanup value"


y = yields_in_finally()
next(y)
try:
    y.close()
except RuntimeError as err:
    print("RuntimeError:", err)
unstarted = no_catch()
unstarted.close()
print(list(unstarted))
t = no_catch()
try:
    t.throw(TypeError("thrown before start"))
except TypeError as err:
    print("TypeError:", err)
