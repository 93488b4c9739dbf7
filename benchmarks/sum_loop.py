# A summing loop: the interpreter's dispatch and small-int arithmetic.
def cpu_work():
    total = 0
    for i in range(6_000_000):
        total += i
    return total


print(cpu_work())
