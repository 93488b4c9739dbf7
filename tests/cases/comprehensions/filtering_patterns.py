people = [
    {"name": "ann", "age": 31, "city": "paris"},
    {"name": "bob", "age": 17, "city": "rome"},
    {"name": "cy", "age": 45, "city": "paris"},
    {"name": "di", "age": 22, "city": "oslo"},
]
adults = [p["name"] for p in people if p["age"] >= 18]
by_city = {c: [p["name"] for p in people if p["city"] == c] for c in sorted({p["city"] for p in people})}
print(adults, by_city)
print([p["name"] for p in people if p["city"] == "paris" and p["age"] > 40])
print([p for p in people if p["name"].startswith("d")])
print({p["name"]: p["age"] // 10 * 10 for p in people})
print(sum(p["age"] for p in people) / len(people), min(people, key=lambda p: p["age"])["name"])
print([name for name, age in ((p["name"], p["age"]) for p in people) if age % 2])
