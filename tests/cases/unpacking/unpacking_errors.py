def too_many():
    a, b = 1, 2, 3


def too_few():
    a, b, c = [1, 2]


def not_iterable():
    a, b = 5


def star_too_few():
    a, b, *c = [1]


def nested():
    (a, b), c = (1,), 2


def string():
    a, b = "xyz"


def none():
    a, = None


def generator():
    a, b = (x for x in range(5))


def dictionary():
    a, b = {"k": 1}


def from_list_too_many():
    values = [1, 2, 3, 4]
    a, b = values


for case in (too_many, too_few, not_iterable, star_too_few, nested, string, none, generator,
             dictionary, from_list_too_many):
    try:
        case()
        print(case.__name__, "ok")
    except (ValueError, TypeError) as err:
        print(case.__name__, "->", type(err).__name__ + ":", err)
try:
    for a, b in [(1, 2), (3, 4, 5)]:
        print(a, b)
except ValueError as err:
    print("in for loop ->", err)
