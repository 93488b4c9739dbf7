a.b
a.b.c
a.b().c[0].d
(a).b
(a.b).c
a[0].b
f().x
"s".join
1 .real
(1).imag
x.y = 1
x.y.z = 2
del x.y
