match = 1
case = 2
type = 3
_ = 4
match.x = 5
match[0] = 6
match(1)
type(x)
case = match + type
print(match, case, type, _)
def match(case, type=None): return case
class type: pass
x = [match for match in range(3)]
match: int = 1
