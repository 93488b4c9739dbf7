def fail(n):
    raise ValueError(f"failure {n}")


errors = []
for n in range(3):
    try:
        fail(n)
    except ValueError as e:
        errors.append(e)
try:
    {}["key"]
except KeyError as e:
    try:
        raise RuntimeError("while handling") from e
    except RuntimeError as chained:
        errors.append(chained)
inner = ExceptionGroup("inner group", [TypeError("t1"), TypeError("t2")])
errors.append(inner)
raise ExceptionGroup("outer group", errors)
