import re

LOG = """\
2024-05-01 12:00:01 INFO  server started port=8080
2024-05-01 12:00:05 WARN  slow request path=/api/users ms=812
2024-05-01 12:01:10 ERROR db timeout path=/api/orders ms=5000
2024-05-01 12:02:00 INFO  request path=/health ms=2
2024-05-01 12:03:30 ERROR db timeout path=/api/orders ms=5001
2024-05-01 12:04:00 WARN  slow request path=/api/items ms=950
"""


def lines(text):
    yield from text.splitlines()


def parse(records):
    pattern = re.compile(r"(\S+) (\S+) (\w+)\s+(.*)")
    for line in records:
        if m := pattern.match(line):
            date, time, level, message = m.groups()
            fields = dict(kv.split("=", 1) for kv in message.split() if "=" in kv)
            yield {"time": time, "level": level, "message": message, **fields}


def only(level, records):
    return (r for r in records if r["level"] == level)


def slowest(records, n=2):
    return sorted(records, key=lambda r: int(r.get("ms", 0)), reverse=True)[:n]


parsed = list(parse(lines(LOG)))
print(len(parsed), sum(1 for _ in only("ERROR", parsed)))
for r in slowest(parsed):
    print(r["time"], r["level"], r.get("path"), r["ms"])
paths = {}
for r in parsed:
    if "path" in r:
        paths[r["path"]] = paths.get(r["path"], 0) + 1
print(sorted(paths.items()))
