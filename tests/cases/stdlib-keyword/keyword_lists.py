import keyword

print(len(keyword.kwlist), keyword.kwlist)
print(keyword.softkwlist)
for w in ["if", "If", "match", "print", "None", "async", "type", "_", ""]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print([w for w in "def foo class bar lambda x".split() if keyword.iskeyword(w)])
