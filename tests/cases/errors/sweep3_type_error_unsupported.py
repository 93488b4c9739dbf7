# A TypeError from mixing types in a helper function called through map.
def double(v):
    return v * 2 + 1
values = [1, 2, "3", 4]
print(list(map(double, values[:2])))
print(list(map(double, values)))
