# One thread keeps calling a method and reading attributes while another
# thread replaces the method, a class attribute and a property: the reader
# must see each change (without the GIL, from another worker too), or it
# would loop forever.
import threading


class Shape:
    sides = 0

    def describe(self):
        return "old"

    @property
    def area(self):
        return 1


class Square(Shape):
    def __init__(self):
        self.size = 2


started = threading.Event()
patched = threading.Event()
seen = {}


def reader():
    s = Square()
    started.set()
    while s.describe() != "new":
        pass
    seen["describe"] = s.describe()
    patched.wait()
    while s.sides != 4:
        pass
    while s.area != 4:
        pass
    seen["sides"] = s.sides
    seen["area"] = s.area
    seen["size"] = s.size


t = threading.Thread(target=reader)
t.start()
started.wait()
Shape.describe = lambda self: "new"
Square.sides = 4
Shape.area = property(lambda self: self.size * self.size)
patched.set()
t.join()
print(sorted(seen.items()))
