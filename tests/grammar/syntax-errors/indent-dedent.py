if a:
    if b:
y = 1
