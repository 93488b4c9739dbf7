import weakref


class Point:
    __slots__ = ("x", "y", "__weakref__")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3D(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Cache:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()

    def get(self, key, factory):
        obj = self._items.get(key)
        if obj is None:
            obj = factory()
            self._items[key] = obj
        return obj


p = Point3D(1, 2, 3)
print(p.x, p.y, p.z, hasattr(p, "__dict__"))
try:
    p.w = 4
except AttributeError as err:
    print("no new attributes:", type(err).__name__)
ref = weakref.ref(p)
print(ref() is p)
cache = Cache()
a = cache.get("origin", lambda: Point(0, 0))
b = cache.get("origin", lambda: Point(9, 9))
print(a is b, a.x)
