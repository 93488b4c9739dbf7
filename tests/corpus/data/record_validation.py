import re

SCHEMA = {
    "id": (int, lambda v: v > 0, "must be positive"),
    "email": (str, lambda v: re.fullmatch(r"[^@\s]+@[^@\s]+\.\w+", v), "must look like an email"),
    "age": (int, lambda v: 0 <= v <= 130, "must be between 0 and 130"),
    "tags": (list, lambda v: all(isinstance(t, str) for t in v), "must be strings"),
}


def validate(record):
    errors = []
    for field, (kind, check, message) in SCHEMA.items():
        if field not in record:
            errors.append(f"{field}: missing")
            continue
        value = record[field]
        if not isinstance(value, kind) or isinstance(value, bool):
            errors.append(f"{field}: expected {kind.__name__}, got {type(value).__name__}")
        elif not check(value):
            errors.append(f"{field}: {message}")
    extra = sorted(set(record) - set(SCHEMA))
    if extra:
        errors.append(f"unknown fields {extra}")
    return errors


records = [
    {"id": 1, "email": "a@b.co", "age": 30, "tags": ["x"]},
    {"id": -4, "email": "nope", "age": 200, "tags": [1]},
    {"id": True, "email": "c@d.org", "tags": [], "color": "red"},
]
for record in records:
    problems = validate(record)
    print(record.get("id"), "OK" if not problems else problems)
