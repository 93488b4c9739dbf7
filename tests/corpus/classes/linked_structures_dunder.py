class Deque:
    class _Node:
        __slots__ = ("value", "prev", "next")

        def __init__(self, value):
            self.value = value
            self.prev = self.next = None

    def __init__(self, items=()):
        self._head = self._tail = None
        self._len = 0
        for item in items:
            self.append(item)

    def append(self, value):
        node = self._Node(value)
        if self._tail is None:
            self._head = self._tail = node
        else:
            node.prev, self._tail.next = self._tail, node
            self._tail = node
        self._len += 1

    def appendleft(self, value):
        node = self._Node(value)
        if self._head is None:
            self._head = self._tail = node
        else:
            node.next, self._head.prev = self._head, node
            self._head = node
        self._len += 1

    def pop(self):
        if not self._tail:
            raise IndexError("pop from an empty deque")
        node = self._tail
        self._tail = node.prev
        if self._tail:
            self._tail.next = None
        else:
            self._head = None
        self._len -= 1
        return node.value

    def __len__(self):
        return self._len

    def __iter__(self):
        node = self._head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self._tail
        while node:
            yield node.value
            node = node.prev

    def __eq__(self, other):
        return isinstance(other, Deque) and list(self) == list(other)

    def __repr__(self):
        return f"Deque({list(self)!r})"

    def __bool__(self):
        return self._len > 0


d = Deque("bc")
d.appendleft("a")
d.append("d")
print(d, len(d), list(reversed(d)), d.pop(), d == Deque("abc"), bool(Deque()))
try:
    Deque().pop()
except IndexError as err:
    print(err)
