# warnings.warn: the printed form, categories, stacklevel, once-per-location.
import sys
import warnings

print("start")
warnings.warn("plain message")
warnings.warn("a runtime problem", RuntimeWarning)
warnings.warn(UserWarning("instance message"))


def helper():
    warnings.warn("blame the caller", stacklevel=2)


helper()

for i in range(3):
    warnings.warn("loop warning")  # shown once: same location


def twice():
    warnings.warn("from twice")


twice()
twice()

warnings.warn("main deprecation", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)  # ignored by default


class MyWarning(UserWarning):
    pass


warnings.warn("custom category", MyWarning)

try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)

print(len(warnings.filters), warnings.filters[0])
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  code()  "))
print(repr(warnings.formatwarning("msg", RuntimeWarning, "nofile.py", 3)))
sys.stderr.flush()
print("end")

import functools


class Holder:
    add = functools.partial(lambda a, b: a + b, 10)


print(Holder.add(1))
print(Holder().add(2))
