import json


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class JsonMixin:
    def to_json(self):
        return json.dumps(vars(self), sort_keys=True)

    @classmethod
    def from_json(cls, text):
        obj = cls.__new__(cls)
        obj.__dict__.update(json.loads(text))
        return obj


class ComparableMixin:
    def _key(self):
        raise NotImplementedError

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())


class Employee(ReprMixin, JsonMixin, ComparableMixin):
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def _key(self):
        return (self.salary, self.name)


staff = [Employee("zoe", 50), Employee("amy", 70), Employee("bob", 50)]
print(sorted(staff))
text = staff[1].to_json()
clone = Employee.from_json(text)
print(text, clone, clone == staff[1], len({*staff, clone}))
