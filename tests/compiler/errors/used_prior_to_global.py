def f():
    print(counter)
    global counter
