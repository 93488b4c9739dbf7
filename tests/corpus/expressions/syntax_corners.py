"""Legal but less common corners of the grammar, in working code."""


def trailing(a, b=2, *args, c, d=4, **kwargs,):
    return a, b, args, c, d, kwargs


def only_star_kwargs(*, key,):
    return key


single = lambda a,: a * 2
pair = lambda a, b=1, *, c=2,: a + b + c
print(trailing(1, c=3,), only_star_kwargs(key="k",), single(4), pair(1, c=5,))


def collect(*args, **kwargs):
    return args, kwargs


extra = [3, 4]
print(collect(a=1, *extra), collect(*extra, 5, b=2, **{"c": 3}), collect(x=1, **{"y": 2}, z=3))
[*rest] = range(3)
(*also,) = "ab"
[first, *[second, *more]] = [1, 2, 3, 4]
print(rest, also, first, second, more)
values = [10, 20, 30]
print(values[i := 1], i, collect(n := 5), n, {m := 7}, m)
ok = 5 if(values)else 6
print(ok, not(values), -(-(values[0])), values[-1:][0], (values)[0], ((values))[1:][0])
print(__debug__, type(__debug__).__name__)
log = []
for k in range(4):
    try:
        if k % 2:
            raise ValueError(k)
    except ValueError:
        log.append(f"odd {k}")
    finally:
        if k == 2:
            continue
        log.append(f"finally {k}")
print(log)
matrix = {(0, 0): "a", (1, 2): "b"}
print(matrix[0, 0], matrix[1, 2], matrix[(1, 2)])


class Obj:
    pass


o = Obj()
o.match, o.case, o.type, o._ = 1, 2, 3, 4
print(o.match + o.case + o.type + o._)
chained = 1 < 2 <= 2 == 2.0 != 3 > -1 >= o.match - 2 is not None in [True, False, None] not in [[]]
print(chained)
print(1 if True else 2 if False else 3, (lambda: (yield))().__class__.__name__)
print([x for x in range(3) if x if x - 1], [y for y in (1, 2) for _ in ()])
