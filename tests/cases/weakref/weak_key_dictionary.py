# WeakKeyDictionary: entries go when their keys do.
import weakref


class Key:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Key({self.name!r})"


notes = weakref.WeakKeyDictionary()
keys = [Key(c) for c in "abcd"]
for i, k in enumerate(keys):
    notes[k] = i
print(len(notes), notes[keys[1]], keys[2] in notes, Key("x") in notes, 3 in notes)
print(notes.get(keys[3]), notes.get(Key("y"), "absent"))

del keys[0]
print(len(notes), sorted(k.name for k in notes))
print(sorted((k.name, v) for k, v in notes.items()))
print(sorted(notes.values()))
print(len(notes.keyrefs()))

first = keys[0]
print(notes.pop(first), len(notes), notes.pop(first, "missing"))
print(notes.setdefault(first, 99), notes[first])
notes[first] = 100
print(notes[first], len(notes))

keys.clear()
print(len(notes), [k.name for k in notes])
del first
print(len(notes))

# Keys that compare equal share an entry, as in a dict.
class Named:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Named) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


n1 = Named("same")
n2 = Named("same")
byname = weakref.WeakKeyDictionary({n1: 1})
byname[n2] = 2
print(len(byname), byname[n1])
try:
    notes[1] = "int key"
except TypeError as e:
    print("TypeError:", e)
k = Key("z")
notes.update({k: "z"})
print(notes.popitem())
print(len(notes))
