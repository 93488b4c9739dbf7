def first_even(values):
    for v in values:
        if v % 2 == 0:
            return v
    return None


def validate(age):
    if not isinstance(age, int):
        return "not an int"
    if age < 0:
        return "negative"
    if age > 150:
        return "too large"
    return "ok"


def find_pair(values, target):
    for i in range(len(values)):
        for j in range(i + 1, len(values)):
            if values[i] + values[j] == target:
                return i, j
    return -1, -1


def loop_with_finally():
    for i in range(5):
        try:
            if i == 2:
                return f"returned at {i}"
        finally:
            print("finally", i)


print(first_even([1, 3, 6, 8]), first_even([1, 3]), first_even([]))
print([validate(a) for a in (30, -1, 200, "x", 0)])
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10))
print(loop_with_finally())
