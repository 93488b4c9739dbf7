# Sequence patterns: lists, tuples, open sequences, stars, lengths, and what is not a sequence.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case [x, *rest] if len(rest) > 3:
            return f"long, head {x!r}, {len(rest)} more"
        case [first, *middle, last]:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case _:
            return "not a sequence"

for v in [[], [1], (1,), [1, 2], (1, 2, 3), [1, 2, 3, 4, 5, 6], range(3), range(0), iter([1]).__class__,
          "", "ab", b"ab", bytearray(b"ab"), {1, 2}, {1: 2}, 7, None]:
    print(repr(v), "->", seq(v))

match 1, 2, 3:
    case 1, *rest:
        print("open sequence rest", rest)

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("nested", a, b, c, d)

match (1, 2, 3, 4):
    case (*_, 3, last):
        print("star wildcard, then", last)

match [1, 2, 3, 4, 5]:
    case [_, second, *_, fourth, _]:
        print("subscripts", second, fourth)

match [1, 2]:
    case [*_]:
        print("[*_] matches any sequence")

match ():
    case [*everything]:
        print("star of empty:", everything)

match (1, 2):
    case [x, y, *z]:
        print("star may be empty:", x, y, z)

match [[1, 2], [3, 4]]:
    case [[a, b], [c, d]] if a + d == b + c:
        print("guard on nested", a, b, c, d)

class MyList(list):
    pass

match MyList([9, 8]):
    case [p, q]:
        print("list subclass is a sequence", p, q)

class MyTuple(tuple):
    pass

match MyTuple((1, 2, 3)):
    case (1, *others):
        print("tuple subclass", others)

class NotASequence:
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 2

match NotASequence():
    case [a, b]:
        print("not reached")
    case _:
        print("__getitem__ and __len__ do not make a sequence")

# The star captures a list whatever the subject is.
match (1, 2, 3):
    case (a, *b):
        print(type(b).__name__, b)
match range(5):
    case [0, *b, 4]:
        print(type(b).__name__, b)

# collections.deque is a sequence for matching, as in CPython.
from collections import deque
match deque([1, 2, 3]):
    case [first, *others]:
        print("deque", first, others)
print("__abc_tpflags__" in deque.__dict__)
