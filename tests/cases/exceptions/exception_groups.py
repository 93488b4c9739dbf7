eg = ExceptionGroup("batch failed", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(eg, repr(eg.message), len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
match, rest = eg.split(ValueError)
print(match, [str(e) for e in match.exceptions], rest, [str(e) for e in rest.exceptions])
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print(sub, sub.exceptions)
try:
    raise eg
except ExceptionGroup as caught:
    print("caught group:", caught.message, len(caught.exceptions))
nested = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [ValueError("deep")])])
print(nested, nested.split(ValueError)[0])
try:
    ExceptionGroup("empty", [])
except ValueError as err:
    print("ValueError:", err)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
