class Temperature:
    unit = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @staticmethod
    def valid(degrees):
        return degrees >= -273.15

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"

    def __repr__(self):
        return f"{type(self).__name__}({self.degrees}{self.unit})"


class Kelvin(Temperature):
    unit = "K"


print(Temperature.from_fahrenheit(212), Kelvin.from_fahrenheit(32), Temperature(5).from_fahrenheit(50))
print(Temperature.valid(-300), Temperature(1).valid(0), Kelvin.valid(-1))
print(Temperature.describe(), Kelvin.describe(), Kelvin(3).describe())
print(type(Temperature.__dict__["valid"]).__name__, type(Temperature.__dict__["describe"]).__name__)
print(Temperature.describe.__self__ is Temperature, Kelvin.describe.__self__ is Kelvin)


class Registry:
    items = []

    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)

    @classmethod
    def reset(cls):
        cls.items = []

    @staticmethod
    def normalise(name):
        return name.strip().lower()


print(Registry.register("a"), Registry.register(Registry.normalise("  B ")), Registry.items)
Registry.reset()
print(Registry.items, Registry().normalise(" X "))


class Child(Registry):
    pass


Child.reset()
Child.register("child item")
print(Child.items, Registry.items, "items" in vars(Child))
print(Registry.normalise is Child.normalise, Registry.register.__func__ is Child.register.__func__)
