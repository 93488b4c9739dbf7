# __del__ runs when the last reference goes: `del`, a name bound anew, a
# function's locals when it returns, a container cleared; and at exit for the
# objects still alive, in the order they were made.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


a = Resource("a")
del a
print("after del a")

b = Resource("b")
b = None
print("after b = None")


def use():
    c = Resource("c")
    print("using", c.name)


use()
print("after use()")


def make():
    d = Resource("d")
    return d


kept = make()
print("make() returned", kept.name)


class Special(Resource):
    def __del__(self):
        print("special close", self.name)
        super().__del__()


s = Special("s")
del s

items = [Resource("in list 1"), Resource("in list 2")]
items.clear()
print("after clear")

table = {"k": Resource("in dict")}
table.clear()
print("after dict clear")

shared = Resource("shared")
alias = shared
del shared
print("alias still holds", alias.name)
del alias

saved = []


class Phoenix:
    def __del__(self):
        print("phoenix __del__ runs once")
        saved.append(self)


p = Phoenix()
del p
print("resurrected:", len(saved))
saved.clear()
print("cleared again")

last = Resource("last")
also = Resource("also")
print("end of program")
