# `match` and `case` stay usable as ordinary names.
match = [1, 2, 3]
case = {"k": "v"}
print(match[0], case["k"])

def match(x):
    return f"match({x})"
print(match(5))

class case:
    attr = "case.attr"
print(case.attr)

match, case = case, match
print(case(1), match.attr)

match = 3
print(match * 2, match - 1, -match)

def f(match, case):
    return match + case
print(f(match=1, case=2))

# A match statement whose subject is named match, with a case capturing `case`.
match match:
    case case:
        print("captured", case)

match = {"match": "case"}
match match:
    case {"match": match}:
        print("rebound", match)

import re
m = re.match(r"(\d+)", "123abc")
match m:
    case None:
        print("no match")
    case _:
        print("regex", m.group(1))
