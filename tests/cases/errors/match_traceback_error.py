# An error while matching ends the program with a traceback at the case's line.
class Point:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x

def classify(p):
    match p:
        case Point(0):
            return "origin"
        case Point(x, y):
            return x, y

print(classify(Point(0)))
print(classify(Point(1)))
