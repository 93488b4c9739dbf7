# f-string self-documenting expressions, conversions, nested specs and quotes.
x, name, items = 42, "Ada", [1, 2, 3]
print(f"{x=}", f"{x = }", f"{name=!r}", f"{name=!s}", f"{x=:>6}", f"{x*2=}", f"{items[1:]=}", f"{len(items)=:03d}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|", f"{'mid':^{width}}|", f"{x:#{'x'}}", f"{x:{'>'}{width}}|")
print(f"{'quotes' + "inside"}", f'{"double" if x else "no"}', f"{ {'a': 1}['a'] }", f"{(lambda v: v + 1)(x)}")
print(f"{{literal braces}} {x}", f"{x!r:>5}", f"{'é'!a}", f"{name.upper()!r:*<8}")
nested = {"user": {"name": "Bo", "tags": ["x", "y"]}}
print(f"{nested['user']['name']} has {len(nested['user']['tags'])} tags: {', '.join(nested['user']['tags'])}")
print(f"{1_000_000:,}", f"{1_000_000:_}", f"{255:#010b}", f"{-42:+05d}", f"{0.5:.0%}", f"{1e-3:.1e}", f"{12.0:g}")
multi = f"""line {x}
  indented {name}"""
print(multi)
print(f"{'a' 'b'}", f"{x}" f"{name}", f"{x:{'' if x else '>'}5}")
value = 3
print(f"{value!r:{'^'}{7}}", f"{[v * 2 for v in range(value)]}", f"{value if value > 2 else 0}", f"{value:b}{value:o}{value:x}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
p = P()
print(f"{p}", f"{p:custom}", f"{p!r}", f"{p=}", f"{p=:abc}")
for bad in ["f'{x:d}'.format()", "f'{name:d}'", "f'{x:q}'", "f'{items:>5}'"]:
    try:
        print(eval(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
