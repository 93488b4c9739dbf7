x = 1
a = b = c = x
a, b = b, a
a, b, c = c, b, a
first, *rest = [1, 2, 3]
*init, last = "abc"
head, *middle, tail = range(10)
(p, q), r = (1, 2), 3
[s, t] = 4, 5
obj.attr = 3
obj.attr.deep = obj
items[0] = 1
items[1:3] = [7, 8]
items[::2] = [0, 0]
matrix[1, 2] = 9
del x
del obj.attr, items[0], items[1:2]
x = y = z = None
i = j = 0
