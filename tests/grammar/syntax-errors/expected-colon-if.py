x = 3
if x
    pass
