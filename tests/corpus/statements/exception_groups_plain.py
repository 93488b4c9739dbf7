# ExceptionGroup handled with ordinary except clauses (no except*).
def validate(record):
    problems = []
    if not record.get("name"):
        problems.append(ValueError("name is required"))
    if not isinstance(record.get("age"), int):
        problems.append(TypeError("age must be an int"))
    if problems:
        raise ExceptionGroup("invalid record", problems)
    return record


records = [{"name": "Ada", "age": 36}, {"name": "", "age": "x"}, {"age": 3}]
for record in records:
    try:
        validate(record)
        print("ok", record)
    except ExceptionGroup as group:
        print(group.message, [type(e).__name__ for e in group.exceptions])
        values, rest = group.split(ValueError)
        print(" value errors:", values and len(values.exceptions), "rest:", rest and len(rest.exceptions))
