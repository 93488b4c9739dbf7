log = []
def f(n):
    try:
        log.append(f"try{n}")
        if n == 1:
            raise ValueError
        if n == 2:
            return "ret"
    except ValueError:
        log.append("except")
        return "from-except"
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return "end"
print([f(i) for i in range(3)], log)
def g():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
    finally:
        print("outer finally")
g()
def h():
    while True:
        try:
            return "loop-return"
        finally:
            print("finally in loop")
print(h())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in gen():
    print(x)
    break
print("after break")
def nested_return():
    try:
        return [1]
    finally:
        print("cleanup once")
print(nested_return())
def exc_in_finally():
    try:
        raise ValueError("original")
    finally:
        try:
            raise TypeError("in finally")
        except TypeError as e:
            print("handled", e)
try:
    exc_in_finally()
except ValueError as e:
    print("original survives:", e, e.__context__)
