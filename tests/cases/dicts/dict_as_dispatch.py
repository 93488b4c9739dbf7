def add(a, b):
    return a + b


def sub(a, b):
    return a - b


ops = {"+": add, "-": sub, "*": lambda a, b: a * b, "/": lambda a, b: a / b if b else "div by zero"}
for expr in ["3 + 4", "10 - 7", "6 * 7", "1 / 0", "8 / 2", "2 ^ 3"]:
    a, op, b = expr.split()
    handler = ops.get(op)
    print(expr, "=", handler(int(a), int(b)) if handler else f"unknown operator {op!r}")
handlers = {}


def on(event):
    def register(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return register


@on("start")
def greet():
    return "hello"


@on("start")
def log():
    return "logged"


@on("stop")
def bye():
    return "bye"


for event in ["start", "stop", "pause"]:
    print(event, [h() for h in handlers.get(event, [])])
