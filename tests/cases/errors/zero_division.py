def average(values):
    return sum(values) / len(values)


print("average of [1, 2, 3] is", average([1, 2, 3]))
print("now averaging an empty list")
print(average([]))
print("never printed")
