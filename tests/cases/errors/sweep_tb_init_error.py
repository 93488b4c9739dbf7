class Shape:
    def __init__(self, sides):
        if sides < 3:
            raise ValueError(f"a shape needs at least 3 sides, got {sides}")
        self.sides = sides
class Triangle(Shape):
    def __init__(self):
        super().__init__(3)
class Line(Shape):
    def __init__(self):
        super().__init__(2)
print(Triangle().sides)
Line()
