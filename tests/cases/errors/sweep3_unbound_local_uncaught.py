# The classic UnboundLocalError: assigning to a global name inside a function.
total = 0
def add(n):
    total += n
    return total
print("before")
add(5)
