# del on names, attributes, subscripts, slices, tuples and lists of targets.
a = 1
b = 2
c = 3
del a
del b, c

class Holder:
    def __init__(self):
        self.x = 1
        self.y = 2
        self.z = 3


h = Holder()
del h.x
del (h.y, h.z)
print(vars(h))

data = list(range(10))
del data[0]
del data[-1]
del data[1:3]
del data[::2]
print(data)

table = {"a": 1, "b": 2, "c": 3, "d": 4}
del table["a"], table["b"]
del [table["c"]]
print(table)

nested = {"outer": {"inner": [1, 2, 3]}}
del nested["outer"]["inner"][1]
print(nested)

grid = [[1, 2], [3, 4]]
del (grid[0][0], grid[1])
print(grid)


def cleanup():
    temp = [1, 2, 3]
    value = temp[0]
    del temp
    return value


print(cleanup())

for i in range(3):
    pass
del i
try:
    print(i)
except NameError as err:
    print("deleted:", err)
