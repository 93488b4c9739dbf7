with (a, b=1):
    pass
