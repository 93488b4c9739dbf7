import re
log = """2024-01-15 10:23:45 ERROR Disk full on /dev/sda1
2024-01-15 10:24:01 INFO Backup started
2024-01-16 08:00:00 WARNING CPU at 95%
2024-01-16 09:12:33 ERROR Timeout after 30s"""
pattern = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2}:\d{2}) (\w+) (.*)$", re.M)
for m in pattern.finditer(log):
    year, month, day, time, level, msg = m.groups()
    if level == "ERROR":
        print(f"{day}/{month}/{year} {time}: {msg}")
counts = {}
for level in re.findall(r"\b(ERROR|INFO|WARNING)\b", log):
    counts[level] = counts.get(level, 0) + 1
print(counts)
print(re.findall(r"\d+(?:\.\d+)?%?", "values: 3.5, 42%, 7"))
phone = re.compile(r"\(?(\d{3})\)?[-.\s]?(\d{3})[-.\s]?(\d{4})")
for raw in ["(555) 123-4567", "555.123.4567", "5551234567", "55-1234"]:
    m = phone.search(raw)
    print(raw, "->", "-".join(m.groups()) if m else "invalid")
def camel_to_snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
print([camel_to_snake(n) for n in ["camelCase", "HTTPServer", "simple"]])
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"\b(\w)", lambda m: m.group(1).upper(), "the end"))
words = re.split(r"\W+", "Hello, world! How's it going?")
print(words, [w for w in words if w])
print(re.match(r"[\w.-]+@[\w-]+\.\w+", "user.name@mail-server.com").group())
template = "Dear {name}, your order {id} ships {when}."
print(re.sub(r"\{(\w+)\}", lambda m: {"name": "Ann", "id": "#42", "when": "today"}[m.group(1)], template))
print(re.findall(r"[A-Z]{2,}", "NASA and the ESA met USA"), re.search(r"colou?r", "The color red").group())
