name = "Ada"
age = 36
pi = 3.14159265
items = ["x", "y"]
data = {"key": "value", "n": 5}
print(f"{name} is {age}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e} {age:08b} {age:#x} {age:,} {10**6:_}")
print(f"{age=} {pi = :.1f} {name = !r} {items[0]=}")
print(f"{items[0]} {data['key']} {data["n"] * 2} {len(items)}")
print(f"{{literal braces}} {{{name}}}")
width, precision = 12, 3
print(f"[{pi:{width}.{precision}f}] [{name:>{width}}] [{name:{'^'}{width}}]")
print(f"{'nested ' + f'{name:>5}'}")
print(f"{age if age > 18 else 'minor'} {(lambda x: x * 2)(3)} {[i for i in range(3)]}")
print(f"{3 + 4 = }", f"{'a' 'b'}", f"{ name }", f"{name:}")
print(f'{"double inside single"}', f"{'single inside double'}")
print(f"{data!r:>40}", f"{None!s:5}|", f"{True:d}", f"{-7:+05d}", f"{0.25:%}")
