from abc import ABC, abstractmethod
from dataclasses import dataclass


@dataclass
class User:
    id: int
    name: str
    active: bool = True


class Repository(ABC):
    @abstractmethod
    def get(self, id): ...

    @abstractmethod
    def add(self, item): ...

    @abstractmethod
    def all(self): ...

    def find(self, **criteria):
        return [item for item in self.all()
                if all(getattr(item, k) == v for k, v in criteria.items())]


class MemoryRepository(Repository):
    def __init__(self):
        self._items = {}

    def get(self, id):
        try:
            return self._items[id]
        except KeyError:
            raise LookupError(f"no item with id {id}") from None

    def add(self, item):
        if item.id in self._items:
            raise ValueError(f"duplicate id {item.id}")
        self._items[item.id] = item

    def all(self):
        return list(self._items.values())


class CachingRepository(Repository):
    def __init__(self, inner):
        self.inner = inner
        self.cache = {}
        self.misses = 0

    def get(self, id):
        if id not in self.cache:
            self.misses += 1
            self.cache[id] = self.inner.get(id)
        return self.cache[id]

    def add(self, item):
        self.inner.add(item)

    def all(self):
        return self.inner.all()


repo = CachingRepository(MemoryRepository())
for i, name in enumerate(["ann", "bob", "cy"], 1):
    repo.add(User(i, name, active=name != "bob"))
print(repo.get(2), repo.get(2), repo.misses, [u.name for u in repo.find(active=True)])
for action in (lambda: repo.add(User(1, "dup")), lambda: repo.get(99)):
    try:
        action()
    except (ValueError, LookupError) as err:
        print(type(err).__name__, err)
