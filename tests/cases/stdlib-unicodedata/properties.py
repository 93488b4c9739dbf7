import unicodedata as u

print(u.unidata_version)
chars = 'aZ5 \t\n\x00\xa0\xad\u0301\u0327\u00e9\u00c5\u00bd\u00b2\u2163\u0663\u096b\uff15\u4e00\u4e09\uac00\ud7a3' \
        '\u05d0\u0627\u200b\u200d\ufeff\u2028(<[{\u00ab\u2018\u20ac$\u00a9\u2192\u2211\u2500\u3042\uff21\uff61' \
        '\U0001f600\U0001d7ce\U00010000\U000e0001\U0010ffff\ue000\u0378\u00df\u01c5\u02b0\u0903\u20dd\u2160\u2070'
for c in chars:
    print('%r %s %s %d %d %s %r %r %r' % (
        c, u.category(c), u.bidirectional(c), u.combining(c), u.mirrored(c), u.east_asian_width(c),
        u.decimal(c, None), u.digit(c, None), u.numeric(c, None)))
print([u.category(chr(cp)) for cp in range(0, 0x300, 7)])
print(sum(u.numeric(chr(cp), 0) for cp in range(0x2150, 0x2190)))
print(u.numeric('\u00bd'), u.numeric('\u4e07'), u.digit('\u2460'), u.decimal('\U0001d7d8'))
