def countdown(n):
    if n == 0:
        return
    return countdown(n - 1) + 1
print("start")
countdown(5)
