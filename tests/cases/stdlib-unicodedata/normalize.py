import unicodedata as u

samples = ['e\u0301', '\u00e9', 'A\u030a', '\u212b', '\ufb01', '\u00bd', '\u2460', 'x\u0327\u0301',
           '\uac00', '\u1100\u1161', 'ｈｅｌｌｏ', '\u1e9b\u0323', 'plain ascii', '']
for s in samples:
    forms = [u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    print(ascii(s), [ascii(x) for x in forms], [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
print(len(u.normalize('NFD', '\u00e9')), u.normalize('NFC', 'e\u0301') == '\u00e9')
