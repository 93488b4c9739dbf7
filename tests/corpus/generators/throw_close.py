def resilient():
    attempts = 0
    while True:
        try:
            value = yield attempts
            print("got", value)
        except ValueError as err:
            print("recovered from", err)
            attempts += 1
        except GeneratorExit:
            print("closing cleanly")
            raise
        finally:
            pass


def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")


g = resilient()
next(g)
g.send("hello")
print(g.throw(ValueError("bad input")))
print(g.throw(ValueError("worse")))
g.close()
print(g.gi_frame is None)
try:
    g.throw(TypeError("after close"))
except TypeError as err:
    print("raised", err)
c = with_cleanup()
print(next(c))
c.close()
for x in with_cleanup():
    if x == 1:
        break
print("after loop")
