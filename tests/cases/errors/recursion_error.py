def countdown(n):
    return countdown(n - 1)


print("starting infinite recursion")
countdown(10)
