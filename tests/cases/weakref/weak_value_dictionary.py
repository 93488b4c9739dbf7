# WeakValueDictionary: entries go when their values do.
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Item({self.n})"


cache = weakref.WeakValueDictionary()
items = [Item(i) for i in range(5)]
for item in items:
    cache[item.n] = item
print(len(cache), sorted(cache), cache[2], 3 in cache, 9 in cache)
print(cache.get(4), cache.get(9), cache.get(9, "default"))

del items[2]
print(len(cache), sorted(cache.keys()), 2 in cache, cache.get(2))
try:
    cache[2]
except KeyError as e:
    print("KeyError:", e)

print(sorted(cache.items(), key=lambda kv: kv[0]))
print(sorted(v.n for v in cache.values()))
print(sorted(r().n for r in cache.valuerefs()))
print(sorted(r.key for r in cache.itervaluerefs()))

last = items.pop()
print(len(cache))
print(cache.pop(4), len(cache), cache.pop(4, "gone"))
del last
try:
    cache.pop(4)
except KeyError as e:
    print("KeyError:", e)

keep = Item(7)
print(cache.setdefault("s", keep) is keep, cache.setdefault("s", Item(8)) is keep)
del cache["s"]
cache.update({"u": keep}, v=keep)
print(sorted(k for k in cache if isinstance(k, str)))
copy = cache.copy()
print(type(copy).__name__, len(copy) == len(cache))
del keep
print(len(cache), len(copy))

items.clear()
print(len(cache), list(cache.items()))

try:
    cache["int"] = 5
except TypeError as e:
    print("TypeError:", e)

# A value can be held under several keys.
shared = Item(10)
multi = weakref.WeakValueDictionary(a=shared, b=shared)
print(sorted(multi))
key, value = multi.popitem()
print(value)
shared = value = None
print(len(multi))
import collections.abc
print(isinstance(cache, collections.abc.MutableMapping))
