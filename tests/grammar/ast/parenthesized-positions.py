(a)
((a))
(a + b)
(a) + (b)
((a) + (b)) * c
-(a)
not (a)
(a).b
(a)(b)
(a)[b]
(a, b)
((a, b))
(a, b)[0]
(yield_)
f((a))
[(a)]
{(a): (b)}
x = (
    a
    + b
)
(a if b else c)
(lambda: 1)
(a := 1)
(await_)
(1)
("s")
("a" "b")
(f"x{a}")
