data = b"Hello, World"
print(data.upper(), data.lower(), data.split(b", "), data.replace(b"l", b"L"), data.startswith(b"He"))
print(data.find(b"o"), data.count(b"l"), data.strip(b"Hd"), b"-".join([b"a", b"b"]), data.hex(" "))
print(b"abc".center(7, b"*"), data.decode("ascii"), data.isalpha(), b"123".isdigit(), list(b"hi"))
