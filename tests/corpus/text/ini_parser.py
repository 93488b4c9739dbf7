CONFIG = """
; comment
[server]
host = example.com
port = 8080
debug = yes

[database]
url = postgres://db/app
pool = 5   ; inline comment
timeout =

[empty]
"""


def parse_ini(text):
    sections, current = {}, None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
        elif "=" in line and current is not None:
            key, _, value = line.partition("=")
            current[key.strip()] = convert(value.strip())
        else:
            raise ValueError(f"line {number}: cannot parse {raw!r}")
    return sections


def convert(value):
    if value.lower() in ("yes", "true", "on"):
        return True
    if value.lower() in ("no", "false", "off"):
        return False
    try:
        return int(value)
    except ValueError:
        return value or None


config = parse_ini(CONFIG)
for section, values in config.items():
    print(f"[{section}]", values)
try:
    parse_ini("key = value")
except ValueError as err:
    print(err)
