class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name})"


class Dog(Animal):
    sound = "woof"

    def fetch(self):
        return f"{self.name} fetches"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"


class Cat(Animal):
    sound = "meow"

    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor


for a in (Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", indoor=False)):
    print(a.speak(), "|", a.describe())
print(Puppy("x").fetch(), Cat("c").indoor, hasattr(Cat("c"), "fetch"))
print(issubclass(Puppy, Dog), issubclass(Puppy, Animal), issubclass(Dog, Cat), isinstance(Puppy("p"), Animal))
print([c.__name__ for c in Puppy.__mro__], Dog.__bases__[0].__name__, Animal.__subclasses__())
Dog.sound = "WOOF"
print(Puppy("loud").speak())
