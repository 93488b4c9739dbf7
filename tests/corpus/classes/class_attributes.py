class Config:
    defaults = {"color": "blue"}
    instances = []
    version = 1

    def __init__(self, **overrides):
        self.settings = {**self.defaults, **overrides}
        Config.instances.append(self)

    def bump(self):
        self.version += 1  # creates an instance attribute shadowing the class one
        return self.version


a = Config()
b = Config(color="red")
print(a.settings, b.settings, len(Config.instances))
print(a.bump(), a.bump(), b.version, Config.version)
Config.version = 10
print(a.version, b.version, vars(a).get("version"), "version" in vars(b))
Config.defaults["size"] = "L"  # shared mutable class attribute
print(Config().settings)
del a.version
print(a.version)


class Counter:
    count = 0

    def __init__(self):
        type(self).count += 1


class SubCounter(Counter):
    pass


Counter(); Counter(); SubCounter()
print(Counter.count, SubCounter.count)
