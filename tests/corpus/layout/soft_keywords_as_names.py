import re

# match, case, type and _ are soft keywords: ordinary names everywhere else.
match = re.match(r"(\w+)@(\w+)", "user@example")
print(match.group(1), match.group(2))
case = "upper"
type = "config"
_ = "underscore"


def match_case(match, case):
    return match.upper() if case == "upper" else match.lower()


class type_registry:
    type = {}

    def match(self, type):
        return self.type.get(type, "unknown")


print(match_case("Hello", case), type, _)
registry = type_registry()
registry.type["a"] = "alpha"
print(registry.match("a"), registry.match(type))
match, case = case, match
print(case.group(0), match)
type = 1; match = 2; case = 3
print(type + match + case)
print([match for match in range(3)], {case: type for case in "ab"})
match = {"key": [1, 2]}
match["key"].append(3)
print(match)
del type, case
print(builtins_type := __builtins__.type if hasattr(__builtins__, "type") else "no")
