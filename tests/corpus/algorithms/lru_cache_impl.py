from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted, _ = self.data.popitem(last=False)
            print("evict", evicted)

    def __repr__(self):
        return f"LRUCache({list(self.data)}, hits={self.hits}, misses={self.misses})"


def memoize(capacity):
    def decorate(fn):
        cache = LRUCache(capacity)
        missing = object()

        def wrapper(*args):
            result = cache.get(args, missing)
            if result is missing:
                result = fn(*args)
                cache.put(args, result)
            return result

        wrapper.cache = cache
        return wrapper
    return decorate


cache = LRUCache(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a")
cache.put("c", 3)
print(cache.get("b"), cache.get("a"), cache)


@memoize(50)
def slow_square(n):
    return n * n


print(sum(slow_square(i % 10) for i in range(100)), slow_square.cache)
