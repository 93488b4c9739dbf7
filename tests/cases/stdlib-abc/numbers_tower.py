# The numeric tower and the ABCMeta machinery behind it.
import numbers
from abc import ABC, ABCMeta, abstractmethod

kinds = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for v in [1, True, 2.5, 3j, "7", None, [1]]:
    print(repr(v).ljust(6), [isinstance(v, k) for k in kinds])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational))
print(numbers.Integral.__mro__[1:4])
print(sorted(numbers.Integral.__abstractmethods__)[:8])


class Meters(numbers.Real):
    pass


try:
    Meters()
except TypeError as e:
    print("TypeError:", str(e)[:60])


class Plugin(ABC):
    @abstractmethod
    def run(self): ...


class Good(Plugin):
    def run(self):
        return "ran"


class Outside:
    def run(self):
        return "outside"


print(isinstance(Good(), Plugin), isinstance(Outside(), Plugin))
Plugin.register(Outside)
print(isinstance(Outside(), Plugin), issubclass(Outside, Plugin))
print(Plugin.register(Good) is Good)
try:
    Plugin.register(3)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", cls.__name__, type(obj).__name__)
        return obj == 42

    def __subclasscheck__(cls, sub):
        print("  subclasscheck", cls.__name__, sub.__name__)
        return sub is int


class Answer(metaclass=Meta):
    pass


print(isinstance(42, Answer), isinstance(41, Answer), isinstance(Answer(), Answer))
print(issubclass(int, Answer), issubclass(str, Answer), issubclass(bool, (str, Answer)))
try:
    issubclass(3, numbers.Number)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
