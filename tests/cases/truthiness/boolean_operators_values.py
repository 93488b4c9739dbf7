print(1 and 2, 0 and 2, 1 and 0, [] and "x", "a" and "b" and "c", "a" and "" and "c")
print(1 or 2, 0 or 2, 0 or "", None or [] or {} or "last", "first" or 1 / 0)
print(not 1, not 0, not "", not "x", not [], not None, not not [1])
print(0 or 0.0 or None, 5 and 6 or 7, 0 and 6 or 7, (0 and 6) or 7, 0 and (6 or 7))
print(None and None.attr, True or undefined_name, False and undefined_name)
x = []
y = x or ["default"]
print(y, y is x)
x = [1]
y = x or ["default"]
print(y, y is x)
name = ""
display = name or "anonymous"
print(display, (name and name.upper()) or "none")
print(type(1 and 2.5).__name__, type(0 or "s").__name__, type(not 5).__name__)
a, b, c = 0, "", [3]
print(a or b or c, a and b and c, (a or b) and c, a or (b and c))
