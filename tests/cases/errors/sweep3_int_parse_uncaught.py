# A parsing helper that lets a ValueError escape from nested calls.
def parse_ages(text):
    return [parse_one(part) for part in text.split(",")]
def parse_one(part):
    return int(part.strip())
print(parse_ages("1, 2, 3"))
print(parse_ages("4, five, 6"))
