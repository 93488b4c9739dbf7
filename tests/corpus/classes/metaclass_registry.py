class ModelMeta(type):
    models = {}

    def __new__(mcls, name, bases, namespace):
        fields = {k: v for k, v in namespace.items() if isinstance(v, Field)}
        for key in fields:
            del namespace[key]
        cls = super().__new__(mcls, name, bases, namespace)
        inherited = {}
        for base in reversed(cls.__mro__[1:]):
            inherited.update(getattr(base, "_fields", {}))
        cls._fields = {**inherited, **fields}
        if bases:
            mcls.models[name.lower()] = cls
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} fields={list(cls._fields)}>"


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        for name, field in self._fields.items():
            value = values.pop(name, field.default)
            if value is not None and not isinstance(value, field.kind):
                raise TypeError(f"{name} must be {field.kind.__name__}")
            setattr(self, name, value)
        if values:
            raise TypeError(f"unknown fields: {sorted(values)}")

    def __repr__(self):
        body = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({body})"


class User(Model):
    name = Field(str)
    age = Field(int, 0)


class Admin(User):
    level = Field(int, 1)


print(User, Admin, sorted(ModelMeta.models))
print(User(name="ada", age=36), Admin(name="root"))
for bad in ({"name": 5}, {"name": "x", "email": "e"}):
    try:
        User(**bad)
    except TypeError as err:
        print(err)
