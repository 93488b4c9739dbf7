# Subclasses of weakref.ref: extra attributes, __slots__, __init__ and __new__.
import weakref


class Thing:
    pass


class TaggedRef(weakref.ref):
    def __init__(self, ob, callback=None, /, **annotations):
        super().__init__(ob, callback)
        self.__dict__.update(annotations)


class KeyRef(weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


t = Thing()
plain = weakref.ref(t)
tagged = TaggedRef(t, None, color="red", size=3)
print(tagged() is t, tagged.color, tagged.size, tagged is plain)
print(isinstance(tagged, weakref.ref), type(tagged).__name__)
print(tagged == plain, hash(tagged) == hash(plain))
print(weakref.getweakrefcount(t))
print(weakref.getweakrefs(t)[0] is plain)

keyed = KeyRef(t, lambda r: print("gone:", r.key), "k1")
print(keyed.key, keyed() is t)
try:
    keyed.other = 1
except AttributeError as e:
    print("AttributeError:", e)

# A subclass instance can itself be weakly referenced.
meta = weakref.ref(tagged)
print(meta() is tagged)

del t
print(tagged(), keyed(), plain())
print(tagged.color)
