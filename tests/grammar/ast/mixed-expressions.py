s = "a" 'b' u"c"
u = u"x" "y"
b = b"a" rb"\n"
f = f"a{x!r:>{w}} b{y=}c" "d" f"{z}"
g = f"{x:}" f"{{}}" f'{a["k"]}'
h = f"""
{x
}b"""
i = f"{x = !s:>10}" f"{ x = }"
(a)
((a, b))
-(a)
(a) + (b)
(yield)
x = (1,)
x = ()
x[(1, 2)]
f(x for x in y)
f((x for x in y))
x = [(a) for (a) in b]
x = a if (b) else (c)
(a).b[c](d)
x = not (a)
x = *a, *b
print(*a)
x = {**a}
x = 0x1F + 0o17 + 0b101 + 1_000 + 1e10 + 1.5e-7 + .5 + 5. + 1e16 + 12345678901234567890123
x = "\N{BULLET} \u00e9 \x00 \t \\ ' \""
x = 'it\'s'
x = r'\d+'
lambda: 0
lambda *, a: 0
lambda a, /: 0
x = a @ b
x @= b
x = a // b % c << d >> e & f ^ g | h
x = ~a
x = a[...]
x = a[:]
x = a[::]
x = a[1:]
x = a[:, :]
