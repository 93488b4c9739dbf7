import re
from collections import Counter, defaultdict
from datetime import datetime

ACCESS_LOG = """\
127.0.0.1 - - [10/Oct/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.7 - - [10/Oct/2024:13:55:40 +0000] "GET /api/users?id=7 HTTP/1.1" 200 512
10.0.0.7 - - [10/Oct/2024:13:56:02 +0000] "POST /api/login HTTP/1.1" 401 64
192.168.0.3 - - [10/Oct/2024:13:57:11 +0000] "GET /missing HTTP/1.1" 404 0
10.0.0.7 - - [10/Oct/2024:13:58:00 +0000] "POST /api/login HTTP/1.1" 200 128
127.0.0.1 - - [10/Oct/2024:14:01:15 +0000] "GET /static/app.js HTTP/1.1" 304 0
garbage line that does not parse
192.168.0.3 - - [10/Oct/2024:14:02:30 +0000] "GET /api/users?id=9 HTTP/1.1" 500 17
"""
PATTERN = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<when>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) \S+" (?P<status>\d{3}) (?P<size>\d+)'
)

entries, rejected = [], 0
for line in ACCESS_LOG.splitlines():
    m = PATTERN.match(line)
    if not m:
        rejected += 1
        continue
    e = m.groupdict()
    e["when"] = datetime.strptime(e["when"], "%d/%b/%Y:%H:%M:%S %z")
    e["status"], e["size"] = int(e["status"]), int(e["size"])
    e["path"] = e["path"].split("?")[0]
    entries.append(e)

print(f"parsed {len(entries)}, rejected {rejected}")
print("status classes:", sorted(Counter(f"{e['status'] // 100}xx" for e in entries).items()))
print("top paths:", Counter(e["path"] for e in entries).most_common(2))
bytes_by_ip = defaultdict(int)
for e in entries:
    bytes_by_ip[e["ip"]] += e["size"]
print("bytes by ip:", dict(sorted(bytes_by_ip.items(), key=lambda kv: -kv[1])))
errors = [f"{e['when']:%H:%M} {e['status']} {e['path']}" for e in entries if e["status"] >= 400]
print("errors:", errors)
span = entries[-1]["when"] - entries[0]["when"]
print("span:", span, "requests/min:", round(len(entries) / (span.total_seconds() / 60), 2))
