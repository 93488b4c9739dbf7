# copy/deepcopy with custom hooks, and abc abstract classes.
import copy
from abc import ABC, abstractmethod, abstractproperty
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
n = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(n)
deep = copy.deepcopy(n)
n.children[0].val = 20
print(shallow.children[0].val, deep.children[0].val, shallow.children is n.children, deep.children is n.children)
cyc = [1, 2]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[2] is dc, dc[2] is cyc, len(dc))
class Config:
    def __init__(self):
        self.data = {"a": [1, 2]}
        self.copied = 0
    def __copy__(self):
        new = Config()
        new.data = self.data
        new.copied = self.copied + 1
        return new
    def __deepcopy__(self, memo):
        new = Config()
        new.data = copy.deepcopy(self.data, memo)
        new.copied = -1
        return new
cfg = Config()
c1, c2 = copy.copy(cfg), copy.deepcopy(cfg)
print(c1.copied, c1.data is cfg.data, c2.copied, c2.data is cfg.data, c2.data == cfg.data)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2), copy.copy({1: [2]}), copy.deepcopy({"k": {"n": 1}}))
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area()}, perimeter={self.perimeter()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
class Half(Shape):
    def area(self):
        return 0
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, ABC), sorted(Shape.__abstractmethods__))
class Duck:
    def area(self):
        return 1
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
