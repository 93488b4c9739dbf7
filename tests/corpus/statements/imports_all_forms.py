import os
import sys, math
import os.path
import os.path as osp
import collections.abc as cabc, json as js
from math import pi
from math import sqrt as square_root, floor
from collections import (
    OrderedDict,
    defaultdict as dd,
    namedtuple,
)
from itertools import *
from functools import (reduce,)

print(math.tau > pi, square_root(16), floor(2.7))
print(osp.basename("/a/b/c.txt"), os.path.splitext("x.tar.gz"))
print(isinstance({}, cabc.Mapping), js.dumps({"a": [1, 2]}))
print(list(islice(count(5), 3)), reduce(lambda a, b: a * b, range(1, 6)))
counts = dd(int)
for ch in "banana":
    counts[ch] += 1
print(sorted(counts.items()), OrderedDict(a=1), namedtuple("P", "x y")(1, 2))
print(sys.version_info >= (3, 0))


def lazy():
    import json
    from os import sep as separator
    return json.loads("[1]"), separator


print(lazy())
