class Tracker:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.label, exc_type.__name__ if exc_type else "clean")


def returns_inside():
    with Tracker("return"):
        return "returned value"


def loop():
    for i in range(4):
        with Tracker(f"loop {i}"):
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)


print(returns_inside())
loop()


def generator():
    with Tracker("generator"):
        yield 1
        yield 2


for x in generator():
    print("got", x)
g = generator()
next(g)
g.close()
print("closed generator")
