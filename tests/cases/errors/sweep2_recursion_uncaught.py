def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(10))
def broken(n):
    return broken(n + 1) + 1
broken(0)
