for a in [([1], [1, 2]), ([1, 2], [1]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1])]:
    try:
        print(list(zip(*a, strict=True)))
    except ValueError as e:
        print(e)
try:
    for x in zip([1], [1, 2], strict=True): print(x)
except ValueError as e: print(e)
