import unicodedata as u

for c in 'aA~ \xe9\u03b1\u0416\u2014\u20ac\u2192\u2603\U0001f600\u4e00\u9fff\uac00\ud7a3\uac01\ud55c':
    print(repr(c), u.name(c))
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'EURO SIGN', 'SNOWMAN', 'GRINNING FACE',
          'CJK UNIFIED IDEOGRAPH-4E00', 'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE HIH', 
          'NBSP', 'SPACE', 'TAB', 'ZWNBSP', 'BOM', 'GREEK SMALL LETTER ALPHA']:
    print(n, repr(u.lookup(n)))
print(repr(u.lookup(b'EM DASH')))
for c in '\t\x7f\x00\ue000\u0378':
    print(repr(c), u.name(c, 'none'))
for bad in ['NO SUCH CHARACTER NAME', 'hangul syllable han', 'HANGUL SYLLABLE XX', 'CJK UNIFIED IDEOGRAPH-0041']:
    try:
        u.lookup(bad)
    except KeyError as exc:
        print('KeyError', exc)
for f, args in [(u.name, ('\t',)), (u.name, ('ab',)), (u.name, (1,)), (u.category, ('ab',)),
                (u.combining, (5,)), (u.decimal, ('x',)), (u.digit, ('x',)), (u.numeric, ('x',)),
                (u.lookup, (1,)), (u.normalize, ('NFX', 'a')), (u.normalize, (1, 'a')),
                (u.normalize, ('NFC', 1)), (u.is_normalized, ('bad', 'a'))]:
    try:
        print(f(*args))
    except (TypeError, ValueError, KeyError) as exc:
        print(f.__name__, type(exc).__name__, exc)
