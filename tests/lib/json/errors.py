# json.loads error messages and positions, and dumps errors.
import json
cases = ['', ' ', '[', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '[1,]', '[1 2]', '{"a" 1}', '{1:2}', '"abc', '"a\\qb"', '"\\u12"', '"\\u12zz"', '"a\x01b"', '[1,,2]', '01', '1.', '-', '-x', 'nul', 'tru', '[1] x', '\ufeff[]', '{"a":1 "b":2}', '[\n1,\n]', '  \n  x', '1e', '"\\ud800"', '[-]', '{"a":1,"b"}', '"\\', '"abc\\"', '{,}', '[,1]', 'NaN', '-Infinity', 'Infinityx', '1.5e3', '-0', '-0.0', '123456789012345678901234567890', '"\\ud83d\\ude00"','"\\uD83Dx"']
for c in cases:
    try:
        print(repr(c), repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'JSONDecodeError', e, e.pos, e.lineno, e.colno, repr(e.msg))
for bad in [float('nan'), {1: {2: object()}}, [1, [2, {3}]], {(1,): 2}]:
    try: print(json.dumps(bad, allow_nan=False))
    except Exception as e: print(type(e).__name__, e, getattr(e, '__notes__', None))
try: json.loads(5)
except Exception as e: print(type(e).__name__, e)
a=[]; a.append(a)
try: json.dumps(a)
except Exception as e: print(type(e).__name__, e, getattr(e, '__notes__', None))
