words = ["naïve", "日本語", "Ελληνικά", "😀👍", "e\u0301", "é", "ǅ", "ﬃ", "I\u0307"]
for w in words:
    print(w, len(w), [hex(ord(c)) for c in w], w.upper(), w[::-1] if len(w) < 4 else w[:2])
print(ord("A"), ord("é"), ord("€"), ord("😀"), chr(65), chr(233), chr(0x20AC), chr(128512))
print("é" == "e\u0301", len("e\u0301"), "😀"[0] == "😀", "日本"[1])
print(sorted(["b", "a", "é", "z", "E", "日", "😀", "Z"]))
print("Ünïcödé".encode("utf-8"), "€".encode("utf-8"), len("😀".encode("utf-8")), len("😀".encode("utf-16-le")))
print(b"\xe2\x82\xac".decode("utf-8"), "abc".encode("ascii"), "café".encode("latin-1"))
print("αβγ".isalpha(), "٣٤".isdigit(), "Ⅻ".isnumeric(), "½".isnumeric(), "²".isdigit(), "²".isdecimal())
print("straße".casefold(), "ΣΊΣΥΦΟΣ".lower(), "ǆ".title(), "ǆ".upper(), "ǆ".capitalize())
try:
    "é".encode("ascii")
except UnicodeEncodeError as err:
    print("UnicodeEncodeError:", err)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as err:
    print("UnicodeDecodeError:", err)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"\xff".decode("utf-8", "replace"))
