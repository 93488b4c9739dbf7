def risky():
    return [1, 2, 3][10]


try:
    risky()
except IndexError as err:
    print("handling", err)
    print(undefined_in_handler)
