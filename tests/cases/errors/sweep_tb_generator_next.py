def numbers():
    yield 1
    yield 2
gen = numbers()
print(next(gen))
print(next(gen))
print(next(gen))
