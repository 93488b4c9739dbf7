plain = 'single'
double = "double"
raw = r'raw \n stays'
raw_upper = R"RAW \t"
unicode = u'unicode prefix'
unicode_upper = U"UPPER U"
byte = b'bytes'
byte_upper = B"BYTES"
raw_bytes = rb'\x00 raw'
raw_bytes2 = bR'\d'
raw_bytes3 = Rb"mixed"
raw_bytes4 = BR'upper'
fmt = f'{plain}'
fmt_upper = F"{double}"
raw_fmt = rf'\{plain}'
raw_fmt2 = fR"{double}\n"
raw_fmt3 = Rf'{raw}'
raw_fmt4 = FR"x"
triple_single = '''three
single'''
triple_double = """three
double"""
triple_raw = r'''raw\ntriple'''
triple_bytes = b"""bytes
triple"""
triple_fmt = f"""{plain}
{double}"""
triple_raw_fmt = rf"""{plain}\n"""
for value in (plain, double, raw, raw_upper, unicode, unicode_upper, byte, byte_upper,
              raw_bytes, raw_bytes2, raw_bytes3, raw_bytes4, fmt, fmt_upper, raw_fmt,
              raw_fmt2, raw_fmt3, raw_fmt4, triple_single, triple_double, triple_raw,
              triple_bytes, triple_fmt, triple_raw_fmt):
    print(repr(value))
