# Building strings piece by piece, then joining and splitting them.
parts = []
for i in range(200000):
    parts.append(str(i) + ":" + "x" * (i % 5))
text = ",".join(parts)
pieces = text.split(",")
print(len(text), len(pieces), pieces[12345])
