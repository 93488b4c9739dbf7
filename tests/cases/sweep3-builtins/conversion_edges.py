# int(), float(), str(), bool(), complex() with odd inputs.
samples = [
    "int(' 42 ')", "int('-0')", "int('1_000')", "int('1__0')", "int('_1')", "int('0x1f', 16)",
    "int('0x1f', 0)", "int('0o17', 0)", "int('0b101', 0)", "int('017', 0)", "int('z', 36)",
    "int('Z', 36)", "int('10', 37)", "int(3.99)", "int(-3.99)", "int(True)", "int('٣')",
    "int(b'12')", "int(bytearray(b'7'))", "int('1e3')", "int(float('inf'))", "int(float('nan'))",
    "float(' 1.5 ')", "float('1_0.5')", "float('.5')", "float('5.')", "float('-inf')",
    "float('InFiNiTy')", "float('nan')", "float('1e500')", "float('-1e-500')", "float('0x10')",
    "float(10**400)", "float(True)", "float(b'2.5')",
    "complex('1+2j')", "complex(' 3j ')", "complex('1 + 2j')", "complex(1, 2)", "complex('(1+2j)')",
    "complex(2)", "complex('j')", "complex('-j')", "complex(1j, 1j)", "complex('1+2j', 3)",
    "bool('')", "bool('False')", "bool(0.0)", "bool(-0.0)", "bool(0j)", "bool([[]])",
    "str(b'ab')", "str(b'ab', 'ascii')", "str(b'\\xff', 'utf-8', 'replace')", "str(encoding='utf-8')",
    "repr(1e16)", "repr(1e15)", "repr(0.1 + 0.2)", "repr(-0.0)", "repr(1e-5)", "repr(123456789012345678.0)",
]
for s in samples:
    try:
        print(f"{s:36} = {eval(s)!r}")
    except Exception as e:
        print(f"{s:36} ! {type(e).__name__}: {e}")
