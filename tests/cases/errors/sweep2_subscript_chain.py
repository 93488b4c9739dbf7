data = {"users": [{"name": "ann", "tags": ["a"]}, {"name": "bob", "tags": []}]}
print(data["users"][0]["tags"][0])
def first_tag(i):
    return data["users"][i]["tags"][0]
print(first_tag(0))
print(first_tag(1))
