def load(cfg):
    try:
        return int(cfg["port"])
    except ValueError as e:
        e.add_note(f"while reading port from {cfg!r}")
        e.add_note("hint: ports are integers")
        raise
print(load({"port": "80"}))
load({"port": "eighty"})
