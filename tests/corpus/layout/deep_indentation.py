def deep(n):
    if n > 0:
        for i in range(n):
            while True:
                try:
                    with open(__file__) as f:
                        if f:
                            for line in f:
                                if line.startswith("def"):
                                    if i == n - 1:
                                        return line.strip()
                                    break
                except OSError:
                    pass
                break
    return None


print(deep(2))
