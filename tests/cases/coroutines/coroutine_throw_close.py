class Suspend:
    def __await__(self):
        value = yield "suspended"
        return value


async def resilient():
    attempts = 0
    while True:
        try:
            value = await Suspend()
            print("resumed with", value)
            if value == "stop":
                return attempts
        except ValueError as err:
            attempts += 1
            print("handled", err)


c = resilient()
print(c.send(None))
print(c.send("first"))
print(c.throw(ValueError("oops")))
print(c.throw(ValueError("again")))
try:
    c.send("stop")
except StopIteration as stop:
    print("result", stop.value)


async def cleanup():
    try:
        await Suspend()
    finally:
        print("cleanup ran")


d = cleanup()
d.send(None)
d.close()
print("closed")
e = cleanup()
e.send(None)
try:
    e.throw(KeyError("k"))
except KeyError as err:
    print("KeyError escaped:", err)
f = cleanup()
f.close()
print("closing an unstarted coroutine runs nothing")
