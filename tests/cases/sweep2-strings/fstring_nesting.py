items = {"apple": 1.5, "kiwi": 0.25, "watermelon": 3.0}
width = max(map(len, items))
for name, price in items.items():
    print(f"{name:<{width}} | {price:>6.2f} | {'*' * int(price * 2):<6}|")
x = 42
print(f"{x!r:>6}", f"{x:{'>' if x > 0 else '<'}8}", f"{'nested ' + f'{x:03d}'}")
print(f"{'a' 'b'}", f"{x}" f"{x}", F"{x}", rf"\n{x}", fr"{x}\t")
print(f"{[1, 2][0]}", f"{ {'k': 'v'}['k'] }", f"{(lambda: 'lam')()}", f"{x if x else 0}")
print(f"{3.14159:.{2}f}", f"{'center':^{10}}", f"{x:#{'x'}}")
print(f"{x = :>5}", f"{1 + 1 = }", f"{'s'=!s}", f"{x=!r:^7}")
name = "World"
print(f"Hello, {name.upper()}! {len(name)} letters, {name[::-1]!r}")
print(f"{'multi'}" f"{'part'}" "plain" f"{1}")
print(f"{'quote\"inside'}", f'{"single"}', f"{'tab':\t>5}" if False else "tab")
print(f"{x:,}", f"{x:_b}", f"{-x:+}", f"{x:=^10}", f"{12345.6789:,.2f}")
d = {"a": [1, {"b": (2, 3)}]}
print(f"{d['a'][1]['b'][1]}", f"{len(d):02}", f"{d!s:.8}")
