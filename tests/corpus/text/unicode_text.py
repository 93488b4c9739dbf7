import unicodedata

samples = ["café", "cafe\u0301", "Straße", "ﬁnance", "Ω", "Ω", "½", "Ⅻ", "😀", "ｆｕｌｌ"]
for s in samples:
    nfc = unicodedata.normalize("NFC", s)
    nfkc = unicodedata.normalize("NFKC", s)
    print(f"{s!r:14} len={len(s)} nfc={len(nfc)} nfkc={nfkc!r:10} upper={s.upper()!r}")
print(samples[0] == samples[1], unicodedata.normalize("NFC", samples[1]) == samples[0])
print(unicodedata.name("é"), unicodedata.category("A"), unicodedata.numeric("½"))
print("straße".casefold() == "STRASSE".casefold(), "ǆ".title(), "İstanbul".lower())
print("héllo wörld".encode("utf-8"), "héllo".encode("ascii", errors="replace"), b"\xc3\xa9".decode())
print([c for c in "a1b2³④" if c.isdigit()], "٣".isdecimal(), int("٣"))
