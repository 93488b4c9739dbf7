# An off-by-one IndexError inside a while loop in a function.
def pairwise_sums(xs):
    i = 0
    out = []
    while i < len(xs):
        out.append(xs[i] + xs[i + 1])
        i += 1
    return out
print(pairwise_sums([]))
print(pairwise_sums([1, 2, 3]))
