# An uncaught ExceptionGroup with a nested group and notes.
def check(values):
    errors = []
    for v in values:
        try:
            if v < 0:
                raise ValueError(f"negative: {v}")
            if v == 0:
                raise ZeroDivisionError("zero")
        except Exception as e:
            e.add_note(f"while checking {v}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", [*errors, ExceptionGroup("inner", [TypeError("t")])])
print("start")
check([1, -2, 0])
