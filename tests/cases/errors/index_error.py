def last_three(seq):
    return [seq[-1], seq[-2], seq[-3]]


print(last_three([1, 2, 3, 4]))
print(last_three("abc"))
print(last_three([1, 2]))
