for v in [0, 7, 999, 1000, 12345, 123456, 1234567, -1234567, 10 ** 12, -(10 ** 15)]:
    print(f"{v:,} | {v:_} | {v:>15,} | {v:015,} | {v:+,}")
for v in [1234.5, 1234567.891, -9876543.21, 0.5, 1e10]:
    print(f"{v:,} | {v:,.2f} | {v:_.3f} | {v:,.0f} | {v:>18,.1f} | {v:,e}")
print(f"{0xFFFFFFFF:_x} {0b101010101010:_b} {0o7777777:_o} {255:#_b}")
print(format(1234567, ","), format(1234567.0, "_"), "{:,}".format(10 ** 9), "{:_}".format(-(10 ** 7)))
try:
    format(1234, ",b")
except ValueError as err:
    print("ValueError:", err)
try:
    format(1.5, ",_")
except ValueError as err:
    print("ValueError:", err)
