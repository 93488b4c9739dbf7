print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ada", age=36))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "value"}))
print("{0.real} {0.imag} {1.__name__}".format(3 + 4j, int))
print("{:>8} | {:<8} | {:^8}".format("r", "l", "c"))
print("{:08.3f} {:+d} {:x} {:#o} {:,}".format(3.14159, 7, 255, 8, 1234567))
print("{0:{1}} [{2:{3}{4}}]".format("nested", 10, 42, "^", 9))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{}} {{{}}}".format("braces"))
print("{0}{0}{0}".format("ab"), "{:%}".format(0.25), "{:.2e}".format(12345.678))
args = ("p", "q")
kwargs = {"x": 1, "y": 2}
print("{}-{}".format(*args), "{x}+{y}".format(**kwargs), "{0}{x}".format(*args, **kwargs))
print("{:*^20}".format(" title "), "{:=<10}".format(""), "{:>{w}.{p}f}".format(2.71828, w=10, p=3))
for template, values in [("{} {}", (1,)), ("{0} {2}", (1, 2)), ("{x}", ()), ("{", ()), ("}", ()), ("{0:q}", (1,))]:
    try:
        print(template.format(*values))
    except (IndexError, KeyError, ValueError) as err:
        print(type(err).__name__ + ":", err)
print(format(3.5, "^9.2f"), format("x", "*>4"), format(10), format([1, 2]))
