db = {
    "users": {
        "ann": {"age": 30, "roles": ["admin", "dev"]},
        "bob": {"age": 25, "roles": []},
    },
    "version": 2,
}
print(db["users"]["ann"]["roles"][0], db["users"]["bob"]["age"], len(db["users"]))
db["users"]["cy"] = {"age": 41, "roles": ["ops"]}
db["users"]["bob"]["roles"].append("dev")
for name, info in db["users"].items():
    print(name, info["age"], ",".join(info["roles"]) or "-")
devs = [n for n, i in db["users"].items() if "dev" in i["roles"]]
print(devs, sum(i["age"] for i in db["users"].values()))
print(db["users"].get("dan", {}).get("age", "unknown"))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)


def depth(d):
    return 1 + max((depth(v) for v in d.values()), default=0) if isinstance(d, dict) and d else 0


print(depth(tree), depth({}), depth({"x": {}}))
