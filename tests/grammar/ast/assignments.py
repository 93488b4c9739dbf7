a = 1
a = b = c = 1
a, b = 1, 2
(a, b) = 1, 2
[a, b] = 1, 2
a, = x
(a,) = x
[a] = x
a, *b = x
*a, b = x
a, *b, c = x
(a, (b, c)) = x
[a, [b, *c]] = x
a.b = 1
a[0] = 1
a[1:2] = x
a.b, c[0] = x
x = yield_ = 1
a = b = yield_
() = []
[] = []
(a) = 1
((a)) = 1
a = (yield) if False else 1
