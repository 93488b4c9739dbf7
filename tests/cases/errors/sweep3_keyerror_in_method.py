# KeyError raised deep inside a method chain, with a custom __repr__ in the message.
class Registry:
    def __init__(self):
        self.items = {"a": 1}
    def lookup(self, key):
        return self.items[key]
    def total(self, *keys):
        return sum(self.lookup(k) for k in keys)
r = Registry()
print(r.total("a", "a"))
print(r.total("a", ("b", 2)))
