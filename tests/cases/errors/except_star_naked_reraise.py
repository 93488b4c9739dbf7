# A naked exception caught by except* and re-raised comes out wrapped in a group.
def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


print("start")
try:
    check(-1)
except* ValueError:
    print("clause ran")
    raise
