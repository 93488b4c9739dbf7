from functools import reduce


def pipeline(*steps):
    return lambda value: reduce(lambda acc, step: step(acc), steps, value)


def strip_all(record):
    return {k: v.strip() if isinstance(v, str) else v for k, v in record.items()}


def lower_email(record):
    return {**record, "email": record.get("email", "").lower()}


def default_country(record):
    return {"country": "unknown", **record}


def require(*fields):
    def check(record):
        missing = [f for f in fields if not record.get(f)]
        if missing:
            raise ValueError(f"missing {', '.join(missing)}")
        return record
    return check


clean = pipeline(strip_all, lower_email, default_country, require("name", "email"))
for raw in [{"name": " Ada ", "email": " ADA@EXAMPLE.COM"}, {"name": "", "email": "x@y"}, {"name": "Bo", "country": "SE", "email": "b@c"}]:
    try:
        print(clean(raw))
    except ValueError as err:
        print("rejected:", err)
