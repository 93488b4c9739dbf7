def nothing():
    pass


class Empty:
    pass


for i in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


with Quiet() as q:
    pass
print(nothing(), Empty.__name__, i, type(q).__name__)


def ellipsis_body():
    ...


print(ellipsis_body(), ... is Ellipsis, repr(...), type(...).__name__)


class WithOnlyDocstring:
    """Nothing else in the body."""


def only_docstring():
    """Returns None implicitly."""


for value in (WithOnlyDocstring.__doc__, only_docstring(), only_docstring.__doc__):
    print(repr(value))
count = 0
for count in range(5):
    pass
print("loop with pass still iterates:", count)
n = 3
while n:
    n -= 1
    if n == 1:
        pass
    else:
        continue
    print("n reached", n)
try:
    raise ValueError("ignored")
except ValueError:
    pass
print("pass in except swallowed the error")
if n == 0:
    ...
elif n:
    pass
print("ellipsis is an expression:", (...), [..., ...], ... == Ellipsis)
