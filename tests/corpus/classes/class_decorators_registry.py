import functools

COMMANDS = {}


def command(name):
    def register(cls):
        cls.command_name = name
        COMMANDS[name] = cls
        return cls
    return register


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get_instance(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get_instance


def add_repr(cls):
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{cls.__name__}({items})"
    cls.__repr__ = __repr__
    return cls


@command("greet")
@add_repr
class Greet:
    def __init__(self, who="world"):
        self.who = who

    def run(self):
        return f"hello {self.who}"


@command("count")
class Count:
    def __init__(self, n="3"):
        self.n = int(n)

    def run(self):
        return list(range(self.n))


@singleton
class Config:
    def __init__(self):
        self.values = {}


for line in ["greet", "greet ada", "count 5"]:
    name, *args = line.split()
    cmd = COMMANDS[name](*args)
    print(cmd.command_name, cmd.run())
print(Greet("x"), Config() is Config(), sorted(COMMANDS))
