def parse_all(texts):
    return [int(t) for t in texts]


print(parse_all(["1", "22", "333"]))
print(parse_all(["4", "five", "6"]))
