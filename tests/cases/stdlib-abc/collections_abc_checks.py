# isinstance/issubclass against collections.abc for built-ins and user classes.
import collections
import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Generator, Sequence, MutableSequence,
                             Mapping, MutableMapping, Set, MutableSet, Hashable, Sized,
                             Container, Callable, Collection, Reversible, KeysView,
                             ItemsView, ValuesView, MappingView, Awaitable, Coroutine)


def gen():
    yield 1


values = [
    ("list", []), ("tuple", ()), ("str", ""), ("bytes", b""), ("bytearray", bytearray()),
    ("dict", {}), ("set", set()), ("frozenset", frozenset()), ("range", range(3)),
    ("int", 1), ("float", 1.5), ("None", None), ("gen", gen()), ("iter", iter([])),
    ("keys", {}.keys()), ("items", {}.items()), ("values", {}.values()),
    ("func", gen), ("lambda", lambda: 0), ("len", len), ("type", int),
    ("OrderedDict", collections.OrderedDict()),
    ("Counter", collections.Counter()), ("defaultdict", collections.defaultdict(int)),
    ("map", map(str, [])), ("zip", zip()), ("enumerate", enumerate([])),
    ("reversed", reversed([1])), ("ChainMap", collections.ChainMap()),
]
abcs = [Iterable, Iterator, Generator, Sequence, MutableSequence, Mapping,
        MutableMapping, Set, MutableSet, Hashable, Sized, Container, Callable,
        Collection, Reversible, MappingView, KeysView]
print("".ljust(12) + " ".join(a.__name__[:4] for a in abcs))
for name, v in values:
    print(name.ljust(12) + " ".join(("Y" if isinstance(v, a) else ".").ljust(4) for a in abcs))

print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable))
print(issubclass(list, Hashable), issubclass(type(None), Hashable))
print(isinstance(1, (str, Iterable)), isinstance("x", (int, Iterable)))


class HasLen:
    def __len__(self):
        return 3


class HasIter:
    def __iter__(self):
        return iter([1, 2])


class Unhashable:
    __hash__ = None


class CallMe:
    def __call__(self):
        return 1


class Both(HasLen, HasIter):
    def __contains__(self, x):
        return False


print(isinstance(HasLen(), Sized), isinstance(HasLen(), Iterable))
print(isinstance(HasIter(), Iterable), isinstance(HasIter(), Iterator))
print(isinstance(Unhashable(), Hashable), isinstance(HasLen(), Hashable))
print(isinstance(CallMe(), Callable), isinstance(HasLen(), Callable))
print(isinstance(Both(), Collection), issubclass(Both, Container))


class NoIter(HasIter):
    __iter__ = None


print(isinstance(NoIter(), Iterable))

print(collections.abc is cabc, cabc.Sequence.__module__ if False else "ok")
print(sorted(cabc.__all__))
import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    print(isinstance(b"", cabc.ByteString), isinstance([], cabc.ByteString))
print([str(w.message) for w in log])
print(list(reversed({1: 2, 3: 4}.items())), list({1: 2}.keys().__iter__()), {1: 2}.values().__len__())
