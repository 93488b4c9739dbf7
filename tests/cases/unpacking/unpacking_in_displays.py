a = [1, 2]
b = (3, 4)
c = {5}
print([*a, *b, *c], (*a, *b), {*a, *b}, [*"hi", *range(2)])
print([*a, 0, *a], (*a,), [*[], *()], [*{"k": 1}])
nested = [[*a], [*b, *b]]
print(nested)
print(len([*range(100)]), sum([*range(5), *range(5)]))
first, second = [*a][::-1]
print(first, second)
matrix = [[1, 2], [3, 4]]
print([*zip(*matrix)], [*map(sum, matrix)], [*filter(None, [0, 1, 2])])
