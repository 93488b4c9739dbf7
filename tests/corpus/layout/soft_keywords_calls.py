# Soft keywords in positions that look like the start of a match statement.
def match(*args, **kwargs):
    return args, kwargs


def case(x):
    return x


items = [1, 2, 3]
match(items)
match (items)
match(*items)
match[0] if False else None
match.__name__
case(items)[0]
print(match(1, type=2), case(3))
type(items)
print(type(items).__name__)
match = [0, 1]
match[0] = 5
match[1:] = [6, 7]
print(match)
_ = match
print(_)
