import re

LOG = """
user=alice ip=10.0.0.5 when=2024-03-01T10:15:00 action=login
user=bob ip=192.168.1.20 when=2024-03-01T10:16:30 action=upload size=2048
user=alice ip=10.0.0.5 when=2024-03-01T11:00:00 action=logout
contact: support@example.com, sales@example.org; phone +1-555-0100
"""

pairs = re.findall(r"(\w+)=(\S+)", LOG)
print(len(pairs), pairs[:3])
ips = sorted(set(re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", LOG)))
emails = re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", LOG)
print(ips, emails)
stamp = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})T(?P<hour>\d\d):(?P<minute>\d\d)")
for m in stamp.finditer(LOG):
    print(m.group("date"), m["hour"], m.groupdict()["minute"], m.span())
print(re.sub(r"ip=(\S+)", lambda m: "ip=" + ".".join("x" * len(p) for p in m.group(1).split(".")), LOG.splitlines()[1]))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.fullmatch(r"\d+", "123") is not None)
print(re.sub(r"(?i)ALICE", "A.", "Alice and alice"), re.escape("1+1=2?"))
