import re
m = re.match(r"(\d+)-(\d+)", "10-20")
print(m.group(1), m.group(2))
m2 = re.match(r"(\d+)-(\d+)", "ten-20")
print(m2.group(1))
