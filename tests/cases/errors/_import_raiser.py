def explode(n):
    if n == 0:
        return {}["missing"]
    return explode(n - 1)


def run():
    return explode(2)
