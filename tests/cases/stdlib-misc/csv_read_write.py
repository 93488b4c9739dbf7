# csv: reading quoted and multi-line fields, writing with each quoting mode,
# DictReader/DictWriter, dialects and errors.
import csv


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def text(self):
        return "".join(self.parts)


lines = ['name,age,quote\r\n', 'Ann,31,"Hello, world"\r\n', 'Bob,,"He said ""hi"""\n',
         '"multi\n', 'line",7,x\n', '\n', ' spaced , 2 ,end\n', 'trailing,\n']
r = csv.reader(lines)
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a;b;"c;d"'], delimiter=";")), list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(['1,"2",three'], quoting=csv.QUOTE_NONNUMERIC)) if False else "", list(csv.reader(["x\\,y,z"], escapechar="\\")))
print(list(csv.reader(['1,2.5,"s"'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(["a\tb"], dialect="excel-tab")))
print(list(csv.reader(['"unterminated'])), list(csv.reader(['a,"b"c,d'])))
for bad_lines, kw in [(['"a"b'], {"strict": True}), (['"open'], {"strict": True}), ([b"bytes"], {}), (["a\0b"], {})]:
    try:
        print(list(csv.reader(bad_lines, **kw)))
    except csv.Error as e:
        print("csv.Error:", e)

out = Sink()
w = csv.writer(out)
print(w.writerow(["plain", "with,comma", 'with "quote"', "new\nline", 3, 2.5, None, True, ""]))
w.writerows([[1, 2], [""], []])
print(repr(out.text()))
for quoting in [csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL, csv.QUOTE_MINIMAL]:
    out = Sink()
    csv.writer(out, quoting=quoting, lineterminator="\n").writerow(["a", 1, 2.0, None, "b c"])
    print(quoting, repr(out.text()))
out = Sink()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'q"'])
csv.writer(out, doublequote=False, escapechar="\\").writerow(['say "x"'])
csv.writer(out, dialect="unix").writerow(["u", 1])
print(repr(out.text()))
try:
    csv.writer(Sink(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)

rows = ["id,name,score\n", "1,Ann,90\n", "2,Bob\n", "3,Cy,70,extra\n"]
dr = csv.DictReader(rows, restval="?")
print(dr.fieldnames)
for d in dr:
    print(d)
print(list(csv.DictReader(["x,y\n"], fieldnames=["a", "b"])))
out = Sink()
dw = csv.DictWriter(out, fieldnames=["id", "name"], restval="-")
dw.writeheader()
dw.writerow({"id": 1, "name": "Ann"})
dw.writerows([{"id": 2}, {"name": "Zed", "id": 3}])
print(repr(out.text()))
try:
    dw.writerow({"id": 4, "bogus": 1})
except ValueError as e:
    print("ValueError:", e)
print(sorted(csv.list_dialects()), csv.get_dialect("excel").delimiter, csv.QUOTE_NONE, csv.field_size_limit())
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
out = Sink()
csv.writer(out, "pipes").writerow(["a", "b"])
print(repr(out.text()), list(csv.reader(['"a"|"b"'], "pipes")))
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("csv.Error:", e)
for kw in [{"delimiter": "::"}, {"quoting": 9}, {"bogus": 1}]:
    try:
        csv.reader([], **kw)
    except TypeError as e:
        print("TypeError:", e)
