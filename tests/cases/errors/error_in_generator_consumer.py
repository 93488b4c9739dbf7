def parse(lines):
    for number, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield key.strip(), value.strip()


config = dict(parse(["a = 1", "b = 2"]))
print(config)
config = dict(parse(["c = 3", "broken line", "d = 4"]))
