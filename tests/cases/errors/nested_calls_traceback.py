def level_three(x):
    return 10 // x


def level_two(x):
    return level_three(x - 1) + 1


def level_one(x):
    return level_two(x) * 2


print(level_one(5))
print(level_one(1))
