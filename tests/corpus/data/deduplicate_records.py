records = [
    {"email": "Ada@Example.com ", "name": "Ada", "signup": "2024-01-02"},
    {"email": "grace@example.com", "name": "Grace", "signup": "2024-01-05"},
    {"email": "ada@example.com", "name": "Ada L.", "signup": "2024-02-10"},
    {"email": "linus@example.org", "name": "Linus", "signup": "2023-12-31"},
    {"email": "GRACE@example.com", "name": "G. Hopper", "signup": "2023-11-11"},
]


def normalise(email):
    return email.strip().lower()


def dedupe_keep_first(rows):
    seen, out = set(), []
    for row in rows:
        key = normalise(row["email"])
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def dedupe_keep_earliest(rows):
    best = {}
    for row in rows:
        key = normalise(row["email"])
        if key not in best or row["signup"] < best[key]["signup"]:
            best[key] = row
    return sorted(best.values(), key=lambda r: r["signup"])


print([r["name"] for r in dedupe_keep_first(records)])
print([(r["name"], r["signup"]) for r in dedupe_keep_earliest(records)])
print(list(dict.fromkeys(normalise(r["email"]) for r in records)))
