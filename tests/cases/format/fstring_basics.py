name, n, pi = "Ada", 42, 3.14159
items = ["x", "y", "z"]
data = {"k": "v", "n": 7}
print(f"plain text")
print(f"{name}")
print(f"Hello, {name}! You are {n}.")
print(f"{n + 1} {n * 2} {n // 5} {n % 5} {-n} {n ** 2}")
print(f"{items} {items[0]} {items[-1]} {items[1:]} {len(items)}")
print(f"{data} {data['k']} {data['n'] * 2}")
print(f"{name.upper()} {name.lower()} {name[::-1]} {name * 2}")
print(f"{'nested quotes'} {"same quotes (3.12+)"}")
print(f"{{}} {{{n}}} {{n}} }}{{")
print(f"{n if n > 40 else 'small'} {(lambda x: x + 1)(n)} {[i * 2 for i in range(3)]}")
print(f"{pi}", f"{pi!s}", f"{pi!r}", f"{name!r}", f"{name!a}", f"{'é'!a}")
print(f"{None} {True} {False} {()} {(1,)} {{1: 2}}")
print(f"{3.0} {1e20} {1e-7} {0.1 + 0.2}")
print(f"a" f"b" "c" f"{n}")
print(F"upper F {n}", rf"raw \n {n}", fR"\t{name}")
print(f"{n:}", f"{name:}", f"{ n }", f"{  name  !r}")
x = 10
print(f"{x = }", f"{x=}", f"{x * 2 = }", f"{name=!s}", f"{pi=:.2f}", f"{items[0]=}")
print(f"{'\n'.join(['line1', 'line2'])}")
print(f"""multi
line {n}""")
print(f"{f'{name}'!r}", f"{f'{f"{n}"}'}")
