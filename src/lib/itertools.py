"""Iterator building blocks, written as generators.

count, cycle, repeat, accumulate, batched, chain (+ chain.from_iterable),
compress, dropwhile, filterfalse, groupby, islice, pairwise, starmap,
takewhile, tee, zip_longest, product, permutations, combinations,
combinations_with_replacement.

Arguments are checked (and iter() called) when the function is called, as
CPython's constructors do; the work then happens lazily in a generator.

Differences from CPython: apart from count and repeat (classes, for their
repr), the results are generator objects rather than instances of a type
named after the function, so isinstance(x, itertools.chain) is not
supported and their repr differs.
"""

import sys

__all__ = ['count', 'cycle', 'repeat', 'accumulate', 'batched', 'chain',
           'compress', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'starmap', 'takewhile', 'tee', 'zip_longest',
           'product', 'permutations', 'combinations',
           'combinations_with_replacement']


# ------------------------------------------------------ infinite ones

class count:
    """Return a count object whose .__next__() method returns consecutive
    values."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            kind = type(value)
            if not (isinstance(value, (int, float, complex)) or hasattr(kind, '__index__')
                    or hasattr(kind, '__float__') or hasattr(kind, '__complex__')):
                raise TypeError('a number is required')
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._next,)
        return 'count(%r, %r)' % (self._next, self._step)


_MISSING_OBJECT = object()


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the
    object for the specified number of times.  If not specified, returns
    the object endlessly."""

    def __init__(self, object=_MISSING_OBJECT, times=None):
        if object is _MISSING_OBJECT:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._object = object
        self._left = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._left)


def cycle(iterable, /):
    it = iter(iterable)
    return _cycle(it)


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


# ------------------------------------------------------ chaining

def chain(*iterables):
    """Yield the items of each iterable in turn."""
    for iterable in iterables:
        yield from iterable


def _chain_from_iterable(iterables, /):
    for iterable in iterables:
        yield from iterable


chain.from_iterable = _chain_from_iterable


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    if not iterators:
        return
    active = len(iterators)
    while True:
        values = []
        for index, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if active == 0:
                    return
                iterators[index] = None
                values.append(fillvalue)
        yield tuple(values)


# ------------------------------------------------------ filtering

def compress(data, selectors):
    data = iter(data)
    selectors = iter(selectors)
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable, /):
    it = iter(iterable)
    return _dropwhile(predicate, it)


def _dropwhile(predicate, it):
    for element in it:
        if not predicate(element):
            yield element
            break
    yield from it


def takewhile(predicate, iterable, /):
    it = iter(iterable)
    return _takewhile(predicate, it)


def _takewhile(predicate, it):
    for element in it:
        if not predicate(element):
            return
        yield element


def filterfalse(function, iterable, /):
    it = iter(iterable)
    if function is None:
        function = bool
    return (element for element in it if not function(element))


def starmap(function, iterable, /):
    it = iter(iterable)
    return (function(*args) for args in it)


# ------------------------------------------------------ islice

_ISLICE_INDEX_ERROR = ("Indices for islice() must be None or an integer: "
                       "0 <= x <= sys.maxsize.")
_ISLICE_STOP_ERROR = ("Stop argument for islice() must be None or an integer: "
                      "0 <= x <= sys.maxsize.")


def _islice_index(value, default, message):
    if value is None:
        return default
    if not isinstance(value, int) or value < 0:
        raise ValueError(message)
    return value


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])"""
    if len(args) == 1:
        start, stop, step = None, args[0], None
        stop = _islice_index(stop, None, _ISLICE_STOP_ERROR)
    elif 2 <= len(args) <= 3:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
        start = _islice_index(start, 0, _ISLICE_INDEX_ERROR)
        stop = _islice_index(stop, None, _ISLICE_STOP_ERROR)
        if step is not None and (not isinstance(step, int) or step <= 0):
            raise ValueError("Step for islice() must be a positive integer or None.")
    elif not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    start = start or 0
    step = step or 1
    it = iter(iterable)
    return _islice(it, start, stop, step)


def _islice(it, start, stop, step):
    next_wanted = start
    index = 0
    while stop is None or index < stop:
        if index == next_wanted:
            # Stop before consuming an item past the slice, as CPython does.
            try:
                element = next(it)
            except StopIteration:
                return
            next_wanted += step
            index += 1
            yield element
        else:
            try:
                next(it)
            except StopIteration:
                return
            index += 1


# ------------------------------------------------------ grouping

def pairwise(iterable, /):
    it = iter(iterable)
    return _pairwise(it)


def _pairwise(it):
    try:
        previous = next(it)
    except StopIteration:
        return
    for element in it:
        yield previous, element
        previous = element


def batched(iterable, n, *, strict=False):
    """Batch data into tuples of length n. The last batch may be shorter."""
    if n < 1:
        raise ValueError('n must be at least one')
    it = iter(iterable)
    return _batched(it, n, strict)


def _batched(it, n, strict):
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError('batched(): incomplete batch')
        yield batch


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    it = iter(iterable)
    return _accumulate(it, func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class _GroupState:
    """What groupby and its group iterators share: the underlying iterator,
    the item read ahead and its key, and which group is current (older group
    iterators stop when it changes)."""

    def __init__(self, it, keyfunc):
        self.it = it
        self.keyfunc = keyfunc
        self.exhausted = False
        self.value = None
        self.key = None
        self.generation = 0

    def advance(self):
        try:
            self.value = next(self.it)
        except StopIteration:
            self.exhausted = True
            return
        self.key = self.value if self.keyfunc is None else self.keyfunc(self.value)


def groupby(iterable, key=None):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    state = _GroupState(iter(iterable), key)
    return _groupby(state)


def _groupby(state):
    state.advance()
    while not state.exhausted:
        current = state.key
        state.generation += 1
        yield current, _group(state, current, state.generation)
        while not state.exhausted and state.key == current:
            state.advance()


def _group(state, key, generation):
    while (state.generation == generation and not state.exhausted
           and state.key == key):
        value = state.value
        state.advance()
        yield value


# ------------------------------------------------------ tee

class _TeeLink:
    """One cell of the list the tee iterators share: an item and the next
    cell, filled in when the first iterator gets that far."""

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source)
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
    else:
        first = _tee(iter(iterable), _TeeLink())
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


# ------------------------------------------------------ combinatorics

def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools, 0)


def _product(pools, depth):
    if depth == len(pools):
        yield ()
        return
    for item in pools[depth]:
        for rest in _product(pools, depth + 1):
            yield (item,) + rest


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, r, [False] * len(pool))


def _permutations(pool, r, used):
    if r == 0:
        yield ()
        return
    for i in range(len(pool)):
        if not used[i]:
            used[i] = True
            for rest in _permutations(pool, r - 1, used):
                yield (pool[i],) + rest
            used[i] = False


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r, 0)


def _combinations(pool, r, start):
    if r == 0:
        yield ()
        return
    for i in range(start, len(pool) - r + 1):
        for rest in _combinations(pool, r - 1, i + 1):
            yield (pool[i],) + rest


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    if not pool and r:
        return iter(())
    return _combinations_with_replacement(pool, r, 0)


def _combinations_with_replacement(pool, r, start):
    if r == 0:
        yield ()
        return
    for i in range(start, len(pool)):
        for rest in _combinations_with_replacement(pool, r - 1, i):
            yield (pool[i],) + rest
