x = 10
gen = (x * i for i in range(3))
x = 20
print(list(gen))

outer = [1, 2, 3]
gen2 = (a for a in outer)
outer = [9]
print(list(gen2))


def scale(values, factor):
    return (v * factor for v in values)


lazy = scale([1, 2, 3], 2)
print(sum(lazy), sum(lazy))
matrix = [[1, 2], [3, 4]]
flat = (cell for row in matrix for cell in row)
print(next(flat), list(flat))


class Holder:
    items = [1, 2, 3]
    doubled = list(i * 2 for i in items)


print(Holder.doubled)
