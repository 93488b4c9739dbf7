data = {"a": 1}
try:
    data["b"]
except KeyError:
    print("missing, computing")
    result = 1 / 0
