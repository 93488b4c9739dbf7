data = ["1", "2", "x"]
nums = list(map(lambda s: int(s), data))
