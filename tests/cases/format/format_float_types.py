values = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234.5678, 0.000123456, 1e16, 1.5e-10, 123456789.123]
for v in values:
    print(repr(v))
    for spec in ["f", ".0f", ".2f", ".10f", "e", ".2e", "E", "g", ".3g", "G", ".10g", "%", ".1%", "", ".3", "n"]:
        print(f"  {spec:>5}: {v:{spec}}")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g} {float('inf'):%} {float('nan'):F} {float('inf'):E}")
