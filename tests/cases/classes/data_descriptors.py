class Logged:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get", self.name[1:])
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        print("set", self.name[1:], value)
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name[1:])
        delattr(obj, self.name)


class Record:
    size = Logged()


r = Record()
r.size = 5
print(r.size)
r.__dict__["size"] = 99
print(r.size, r.__dict__)
del r.size
print(r.size)
print(type(Record.size).__name__)


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class DeleteOnly:
    def __delete__(self, obj):
        print("DeleteOnly.__delete__")


class Holder:
    s = SetOnly()
    d = DeleteOnly()


h = Holder()
h.s = 1
try:
    h.d = 2
except AttributeError as e:
    print("AttributeError:", e)
del h.d
try:
    del h.s
except AttributeError as e:
    print("AttributeError:", e)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Shadow:
    attr = NonData()


s = Shadow()
print(s.attr)
s.attr = "from instance"
print(s.attr)
