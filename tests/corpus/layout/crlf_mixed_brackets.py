data = [
    {"id": 1,
     "tags": ["a", "b"]},
    {"id": 2, "tags": []},
]
for row in data:
    if row["tags"]:
        print(row["id"], ",".join(row["tags"]))
    else:
        print(row["id"], "untagged")
