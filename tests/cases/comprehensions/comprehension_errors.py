try:
    [1 / x for x in [1, 0, 2]]
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
try:
    {x: y for x, y in [(1, 2), (3,)]}
except ValueError as err:
    print("ValueError:", err)
try:
    [undefined for _ in range(1)]
except NameError as err:
    print("NameError:", err)
try:
    {[1]: 2 for _ in range(1)}
except TypeError as err:
    print("TypeError:", err)
try:
    {n for n in [[1]]}
except TypeError as err:
    print("TypeError:", err)
try:
    [x for x in 5]
except TypeError as err:
    print("TypeError:", err)
partial = []
try:
    for item in (int(s) for s in ["1", "2", "x", "4"]):
        partial.append(item)
except ValueError as err:
    print("ValueError:", err, "after", partial)
