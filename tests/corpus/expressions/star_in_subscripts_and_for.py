# Star expressions in newer positions: subscripts (3.11) and for-loop iterables.
class Table:
    def __getitem__(self, key):
        return key


t = Table()
index = (1, 2)
print(t[*index], t[0, *index], t[*index, 3], t[*range(2), *"ab"])

first = [1, 2]
second = (3, 4)
for value in *first, *second:
    print(value, end=" ")
print()
for pair in *zip("ab", "cd"), ("e", "f"):
    print("".join(pair), end=" ")
print()
grid = {(0, 0): "origin", (1, 2): "point"}
key = [1, 2]
print(grid[*key], grid[(*key,)], grid[tuple(key)])
