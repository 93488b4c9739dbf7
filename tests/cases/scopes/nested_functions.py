def level1():
    a = "a1"

    def level2():
        b = "b2"

        def level3():
            c = "c3"
            return a + b + c
        return level3()
    return level2()


print(level1())


def modify_nested():
    total = 0

    def add(n):
        nonlocal total
        total += n

    def add_twice(n):
        add(n)
        add(n)

    add_twice(5)
    add(1)
    return total


print(modify_nested())


def shadow_chain():
    v = "outer"

    def middle():
        v = "middle"

        def inner():
            return v
        return inner()
    return middle(), v


print(shadow_chain())


def recursive_inner(n):
    def helper(k):
        return 1 if k == 0 else k * helper(k - 1)
    return helper(n)


print(recursive_inner(6))


def make_stack():
    items = []

    def push(x):
        items.append(x)
        return len(items)

    def pop():
        return items.pop() if items else None

    def size():
        return len(items)

    return push, pop, size


push, pop, size = make_stack()
print(push("a"), push("b"), size(), pop(), pop(), pop(), size())


def outer_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1

        def report():
            return f"count is {count}"
        return report

    r1 = inc()
    r2 = inc()
    return r1(), r2(), count


print(outer_counter())
