"""A helper module: its docstring, globals and a function."""
print("running _greet as", __name__)
GREETING = "hello"
count = 0


def greet(name):
    global count
    count += 1
    return f"{GREETING}, {name}"


if __name__ == "__main__":
    print("never printed on import")
