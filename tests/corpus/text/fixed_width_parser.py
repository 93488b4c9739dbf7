LAYOUT = [("id", 0, 5, int), ("name", 5, 20, str.strip), ("dept", 20, 26, str.strip), ("salary", 26, 35, float)]
RECORDS = """\
00001Ada Lovelace   ENG     98000.00
00002Grace Hopper   ENG    105500.50
00003Alan Turing    RESRCH 110000.00
00004Edsger DijkstraENG     99999.99
"""


def parse(line):
    return {name: convert(line[start:end]) for name, start, end, convert in LAYOUT}


rows = [parse(line) for line in RECORDS.splitlines()]
for row in rows:
    print(row)
by_dept = {}
for row in rows:
    by_dept.setdefault(row["dept"], []).append(row["salary"])
print({d: round(sum(s) / len(s), 2) for d, s in sorted(by_dept.items())})
