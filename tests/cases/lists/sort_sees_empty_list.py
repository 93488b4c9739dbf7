# While list.sort runs, the list looks empty, and a change made meanwhile
# (by a key function here) is reported with ValueError once the sort ends.
items = [3, 1, 2]
seen = []
items.sort(key=lambda x: seen.append(len(items)) or x)
print(items, seen)

try:
    items.sort(key=lambda x: items.append(9) or x)
except ValueError as e:
    print("ValueError:", e)
print(items)

items = [5, 4, 3]
items.sort(key=lambda x: items.clear() or x)
print(items)

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("compare", self.v, other.v, "len", len(boxes))
        return self.v < other.v
    def __repr__(self):
        return f"Loud({self.v})"

boxes = [Loud(2), Loud(1)]
boxes.sort()
print(boxes)

items = [2, 1, 3]
try:
    items.sort(key=lambda x: 1 / (x - 3))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, items)

def bad_key(x):
    if x == 1:
        raise KeyError(x)
    return x
items = [3, 2, 1]
try:
    items.sort(key=bad_key)
except KeyError as e:
    print("KeyError:", e, items)
items.sort(reverse=True)
print(items)
print(sorted(items), items)
