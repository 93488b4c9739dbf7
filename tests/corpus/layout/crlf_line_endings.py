# Written with Windows line endings.
def greet(name):
    message = (
        f"Hello, {name}!"
    )
    return message


lines = """one
two"""
print(greet("Windows"), len(lines.splitlines()))
value = 1 + \
    2
if value == 3:
    print("continued")
else:
    pass
