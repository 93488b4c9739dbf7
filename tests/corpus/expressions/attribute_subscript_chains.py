import collections

Point = collections.namedtuple("Point", "x y")


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
        self.meta = {"depth": 0, "tags": ["leaf"] if not children else []}

    def child(self, i):
        return self.children[i]


tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
print(tree.children[0].children[1].name)
print(tree.child(0).child(0).meta["tags"][0].upper()[::-1])
print(tree.children[-1].meta.get("depth"), len(tree.children[0].children))
print(Point(1, 2).x, Point(3, 4)._replace(y=9)._asdict()["y"])
print("a,b,c".split(",")[1].join("<>"), [1, 2, 3].__len__(), (5).bit_length())
print({"k": [1, {"deep": (7, 8)}]}["k"][1]["deep"][-1], 1.5.is_integer(), 10 .real)
handlers = {"upper": str.upper, "title": str.title}
print(handlers["title"]("hello world"), getattr(tree, "name"), type(tree).__name__)
