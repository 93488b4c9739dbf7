# `match` and `case` remain ordinary names outside a match statement.
match = 1
case = 2
match(x)
match[x]
match.x = case.y
match * x
match, case = case, match
print(match, case)
def match(case): return case
match(case=1)
match (x)
match -1
match [1]: int
class case: pass
match match:
    case case:
        pass
match case:
    case match if match:
        match = case
    case [match, case]:
        pass
