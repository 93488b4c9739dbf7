# Many cases and deep nesting, to exercise stack depth and fail-pop paths.
def deep(v):
    match v:
        case [[[[[x]]]]]:
            return ("depth 5", x)
        case [[[[x]]]]:
            return ("depth 4", x)
        case [[[x]]]:
            return ("depth 3", x)
        case [[x]]:
            return ("depth 2", x)
        case [x]:
            return ("depth 1", x)
    return ("none", v)

for v in [[1], [[2]], [[[3]]], [[[[4]]]], [[[[[5]]]]], [[[[[[6]]]]]], 7, [[1, 2]]]:
    print(deep(v))

def wide(v):
    match v:
        case {"a": [1, {"b": (x, y)}], "c": {"d": [*zs]}} if x < y:
            return x, y, zs
        case {"a": [1, {"b": (x, y)}], "c": {"d": [*zs]}}:
            return "unordered", x, y, zs
        case {"a": [_, {"b": _}]}:
            return "shape only"
    return "no"

print(wide({"a": [1, {"b": (1, 2)}], "c": {"d": [3, 4]}}))
print(wide({"a": [1, {"b": (2, 1)}], "c": {"d": ()}}))
print(wide({"a": [0, {"b": 5}]}))
print(wide({"a": [0, {"c": 5}]}))

total = 0
for i in range(300):
    match i % 7, i % 5:
        case (0, 0):
            total += 100
        case (0, _) | (_, 0):
            total += 10
        case (a, b) if a == b:
            total += a
        case _:
            total += 1
print("total", total)
