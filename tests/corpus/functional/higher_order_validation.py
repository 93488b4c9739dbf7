def all_of(*predicates):
    return lambda value: all(p(value) for p in predicates)


def any_of(*predicates):
    return lambda value: any(p(value) for p in predicates)


def negate(predicate):
    return lambda value: not predicate(value)


def length_between(lo, hi):
    return lambda s: lo <= len(s) <= hi


def contains_any(chars):
    return lambda s: any(c in s for c in chars)


has_digit = contains_any("0123456789")
has_upper = lambda s: s != s.lower()
has_symbol = contains_any("!@#$%^&*")
strong = all_of(length_between(8, 64), has_digit, has_upper, has_symbol)
weak_pattern = any_of(lambda s: "password" in s.lower(), lambda s: s.isdigit())
acceptable = all_of(strong, negate(weak_pattern))
for candidate in ["hunter2", "Password123!", "C0rrect-Horse!", "12345678", "Tr0ub4dor&3"]:
    print(f"{candidate:<16} strong={strong(candidate)!s:<5} acceptable={acceptable(candidate)}")
