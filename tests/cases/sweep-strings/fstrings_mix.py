name = "Ada"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"{name!r} {name!s} {name!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}")
print(f"{pi:.2f} {pi:10.4f} {pi:e} {pi:.0f}")
print(f"{n=}, {pi=:.2f}, {items=}")
print(f"{n * 2 + 1}")
print(f"{'nested'}")
print(f"{items[0]} {items[-1]} {len(items)}")
d = {"a": 1}
print(f"{d['a']}")
w = 10
print(f"{pi:{w}.{3}f}|")
print(f"{{literal}} {n}")
print(f"{1000000:,} {1000000:_d} {0.5:.1%}")
print(f"{255:#b} {255:#o} {255:#X}")
print(f"{'abc':*^9}")
print(f"{-3.5:+.1f} {3.5: .1f}")
print(f"{True} {None} {3+4j}")
x = 5
print(f"{x if x > 3 else 0}")
print(f"{'a' 'b'}")
print(f"{x!r:>4}")
print(f"""multi
{x}
line""")
print(f"{3.0:g} {1e20:g} {1e-5:g} {123456789.0:g}")
print(f"{12:c}")
print(format(1234.5, ",.2f"), format(-0.0, ".1f"), format(1e16, "f"))
print(f"{'left':<10}|{'right':>10}|")
print(f"{x:{'>'}{w}}")
