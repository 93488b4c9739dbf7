import itertools


def rle_encode(text):
    return "".join(f"{len(list(group))}{ch}" for ch, group in itertools.groupby(text))


def rle_decode(code):
    out, digits = [], ""
    for ch in code:
        if ch.isdigit():
            digits += ch
        else:
            out.append(ch * int(digits))
            digits = ""
    return "".join(out)


def to_base(n, base, alphabet="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(alphabet[r])
    return sign + "".join(reversed(out))


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def base64_encode(data: bytes) -> str:
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b"\0"), "big")
        chars = [B64[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        out.append("".join(chars[:len(chunk) + 1]) + "=" * (3 - len(chunk)))
    return "".join(out)


encoded = rle_encode("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(encoded, rle_decode(encoded) == rle_decode(rle_encode(rle_decode(encoded))))
print(to_base(255, 16), to_base(-255, 2), to_base(123456789, 36), int(to_base(123456789, 36), 36))
print(base64_encode(b"Man"), base64_encode(b"Ma"), base64_encode(b"hello world"))
