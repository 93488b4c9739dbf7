"""collections.deque: a double-ended queue on a ring buffer.

The items live in `_ring`, a list whose length is the capacity (a power of
two, at least 8); the item at position i is `_ring[(_head + i) & _mask]`.
Appending at either end is O(1) amortised: the ring doubles when full.
Every mutation bumps `_changes`, so iterators detect a deque changed under
them, as CPython's do.

Each change happens under the deque's own lock (`_lock`), so that every
method CPython runs as one step in C (append, popleft, rotate, ...) is one
step here too, with or without the GIL: two threads appending and popping at
once lose and duplicate nothing. The lock is never held while Python code of
the caller's may run (an item's __eq__): remove compares outside it and
deletes only if the deque did not change meanwhile. Readers take a snapshot
under the lock, so they never see a change half done.

Difference from CPython: messages that name the type say 'collections.deque'
only where this module raises them itself; the interpreter's own messages
say 'deque'.
"""

import _thread

_EMPTY = object()


def _index(value):
    """value as an int index, with CPython's message for other types."""
    if isinstance(value, int):
        return value
    if hasattr(type(value), "__index__"):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(value).__name__)


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __module__ = 'collections'
    # Py_TPFLAGS_SEQUENCE: sequence patterns of match statements accept a deque.
    __abc_tpflags__ = 1 << 5

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._lock = _thread.allocate_lock()
        self._ring = [_EMPTY] * 8
        self._mask = 7
        self._head = 0
        self._size = 0
        self._changes = 0
        self.extend(iterable)

    # -- the ring buffer (callers hold the lock)

    def _grow(self):
        items = self._items()
        capacity = len(self._ring) * 2
        self._ring = items + [_EMPTY] * (capacity - len(items))
        self._mask = capacity - 1
        self._head = 0

    def _slot(self, i):
        return (self._head + i) & self._mask

    def _items(self):
        ring, head, mask = self._ring, self._head, self._mask
        return [ring[(head + i) & mask] for i in range(self._size)]

    def _snapshot(self):
        """The items and the change count, read as one step."""
        with self._lock:
            return self._items(), self._changes

    def _checked_position(self, i):
        if i < 0:
            i += self._size
        if i < 0 or i >= self._size:
            raise IndexError("deque index out of range")
        return i

    def _append(self, x):
        if self._maxlen == 0:
            return
        if self._size == self._maxlen:
            self._popleft()
        if self._size == len(self._ring):
            self._grow()
        self._ring[self._slot(self._size)] = x
        self._size += 1
        self._changes += 1

    def _appendleft(self, x):
        if self._maxlen == 0:
            return
        if self._size == self._maxlen:
            self._pop()
        if self._size == len(self._ring):
            self._grow()
        self._head = (self._head - 1) & self._mask
        self._ring[self._head] = x
        self._size += 1
        self._changes += 1

    def _pop(self):
        if self._size == 0:
            raise IndexError("pop from an empty deque")
        self._size -= 1
        slot = self._slot(self._size)
        item = self._ring[slot]
        self._ring[slot] = _EMPTY
        self._changes += 1
        return item

    def _popleft(self):
        if self._size == 0:
            raise IndexError("pop from an empty deque")
        item = self._ring[self._head]
        self._ring[self._head] = _EMPTY
        self._head = (self._head + 1) & self._mask
        self._size -= 1
        self._changes += 1
        return item

    def _refill(self, items):
        self._clear()
        for x in items:
            if self._size == len(self._ring):
                self._grow()
            self._ring[self._slot(self._size)] = x
            self._size += 1

    def _clear(self):
        self._ring = [_EMPTY] * 8
        self._mask = 7
        self._head = 0
        self._size = 0
        self._changes += 1

    # -- adding and removing at the ends

    def append(self, x):
        """Add an element to the right side of the deque."""
        with self._lock:
            self._append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        with self._lock:
            self._appendleft(x)

    def pop(self):
        """Remove and return the rightmost element."""
        with self._lock:
            return self._pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        with self._lock:
            return self._popleft()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        items = self._snapshot()[0] if iterable is self else iterable
        for x in items:
            with self._lock:
                self._append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        items = self._snapshot()[0] if iterable is self else iterable
        for x in items:
            with self._lock:
                self._appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        with self._lock:
            self._clear()

    # -- the middle

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _index(n)
        with self._lock:
            if self._size <= 1:
                return
            n %= self._size
            for _ in range(n):
                self._appendleft(self._pop())

    def insert(self, i, x):
        """Insert value before index."""
        i = _index(i)
        with self._lock:
            if self._size == self._maxlen:
                raise IndexError("deque already at its maximum size")
            items = self._items()
            items.insert(i, x)
            self._refill(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        while True:
            items, changes = self._snapshot()
            for i, item in enumerate(items):
                if item == value:
                    break
            else:
                raise ValueError("%r is not in deque" % (value,))
            with self._lock:
                if changes == self._changes:
                    self._delete(i)
                    return

    def index(self, x, start=0, stop=None):
        """Return first index of value."""
        items, changes = self._snapshot()
        size = len(items)
        if stop is None:
            stop = size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop += size
        for i in range(start, min(stop, size)):
            if items[i] == x:
                return i
            if changes != self._changes:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError("%r is not in deque" % (x,))

    def count(self, x):
        """Return number of occurrences of value."""
        return sum(1 for item in self if item == x)

    def reverse(self):
        """Reverse *IN PLACE*."""
        with self._lock:
            items = self._items()
            items.reverse()
            self._refill(items)

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # -- the sequence protocol

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size > 0

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        i = _index(i)
        with self._lock:
            return self._ring[self._slot(self._checked_position(i))]

    def __setitem__(self, i, value):
        i = _index(i)
        with self._lock:
            self._ring[self._slot(self._checked_position(i))] = value

    def __delitem__(self, i):
        i = _index(i)
        with self._lock:
            self._delete(self._checked_position(i))

    def _delete(self, i):
        items = self._items()
        del items[i]
        self._refill(items)

    def __iter__(self):
        items, changes = self._snapshot()
        for item in items:
            if changes != self._changes:
                raise RuntimeError("deque mutated during iteration")
            yield item
        if changes != self._changes:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        items, changes = self._snapshot()
        for item in reversed(items):
            if changes != self._changes:
                raise RuntimeError("deque mutated during iteration")
            yield item

    def __contains__(self, x):
        for item in self:
            if item is x or item == x:
                return True
        return False

    def __repr__(self):
        if _repr_running(self):
            return '[...]'
        try:
            items = repr(list(self))
        finally:
            _repr_done(self)
        if self._maxlen is None:
            return "%s(%s)" % (type(self).__name__, items)
        return "%s(%s, maxlen=%d)" % (type(self).__name__, items, self._maxlen)

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    # -- operators

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        with self._lock:
            items = self._items()
            if n <= 0:
                self._clear()
            for _ in range(n - 1):
                for x in items:
                    self._append(x)
        return self

    def _compare(self, other, op, compare):
        if not isinstance(other, deque):
            if op in ('==', '!='):
                return NotImplemented
            raise TypeError("'%s' not supported between instances of "
                            "'collections.deque' and '%s'" % (op, type(other).__name__))
        return compare(self._snapshot()[0], other._snapshot()[0])

    def __eq__(self, other):
        return self._compare(other, '==', lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, '!=', lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, '<', lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, '<=', lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, '>', lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, '>=', lambda a, b: a >= b)


# Containers that are being printed, by id(), so that a deque holding itself
# prints as [...] instead of recursing forever. Keyed by thread as well, so
# that two threads printing the same deque do not see each other's marks.
_repr_in_progress = set()


def _repr_key(obj):
    return (id(obj), _thread.get_ident())


def _repr_running(obj):
    key = _repr_key(obj)
    if key in _repr_in_progress:
        return True
    _repr_in_progress.add(key)
    return False


def _repr_done(obj):
    _repr_in_progress.discard(_repr_key(obj))
