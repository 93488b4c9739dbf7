def greet(name, greeting="Hello"):
    return greeting + ", " + name
print(greet("Ann"))
print(greet("Bob", greeting="Hi"))
ages = {"ann": 30}
print("Age: " + ages["ann"])
