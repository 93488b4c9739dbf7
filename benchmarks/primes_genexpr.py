# The prime count of the reference program cpu_bound_threads.py, single-threaded.
def count_primenum(n):
    count = 0
    for i in range(2, n):
        if all(i % j != 0 for j in range(2, int(i**0.5) + 1)):
            count += 1
    return count


print(count_primenum(150000))
