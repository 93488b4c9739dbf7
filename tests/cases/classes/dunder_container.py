class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]

    def __setitem__(self, index, value):
        self.items[index] = value

    def __delitem__(self, index):
        del self.items[index]

    def __contains__(self, item):
        print(f"  __contains__({item!r})")
        return item in self.items

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return reversed(self.items)

    def __repr__(self):
        return f"Bag{tuple(self.items)}"


b = Bag("a", "b", "c", "d")
print(len(b), b[0], b[-1], b[1:3], bool(b), bool(Bag()))
b[0] = "A"
del b[1]
print(b, "c" in b, "z" not in b, list(reversed(b)), list(b), sorted(b))
try:
    b[10]
except IndexError as err:
    print("IndexError:", err)


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i


print(list(Squares()), 9 in Squares(), 10 in Squares(), [x for x in Squares()])


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        row, col = key
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __missing__(self, key):
        return "never used by non-dicts"


g = Grid()
g[1, 2] = "#"
print(g[1, 2], g[0, 0], g[(1, 2)])
