queue = [3, 2, 1]
while queue:
    print("processing", queue.pop())
print("queue empty:", not queue)
config = {}
if not config:
    print("no config")
config["debug"] = False
if config:
    print("config has", len(config), "entries")
if config.get("debug"):
    print("never")
text = "   "
if text.strip():
    print("never")
else:
    print("blank text")
matches = [w for w in ["apple", "berry"] if "z" in w]
print("matches" if matches else "no matches", matches or None)
counts = {"a": 0, "b": 2}
print([k for k, v in counts.items() if v], [k for k, v in counts.items() if not v])
