def step1():
    raise KeyError("missing")
def step2():
    try:
        step1()
    except KeyError as e:
        raise ValueError("bad step") from e
def step3():
    try:
        step2()
    except ValueError:
        x = undefined_name
step3()
