class Shape:
    sides = 0

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4

    def area(self, side):
        return side * side


for shape in (Triangle(), Square()):
    print(shape.describe())
# a comment at the end, then no blank line
