def validate(values):
    errors = []
    for v in values:
        if not isinstance(v, int):
            errors.append(TypeError(f"not an int: {v!r}"))
        elif v < 0:
            errors.append(ValueError(f"negative: {v}"))
    if errors:
        raise ExceptionGroup("validation failed", errors)
validate([1, 2])
print("first batch ok")
validate([1, -2, "x"])
