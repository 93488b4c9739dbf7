def level3(x):
    return x[10]
def level2(x):
    return level3(x) * 2
def level1(x):
    return level2(x) + 1
print(level1(list(range(20))))
print(level1([1, 2, 3]))
