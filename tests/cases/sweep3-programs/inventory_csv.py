# Reading CSV text with the csv module, aggregating, and writing a report back to CSV.
import csv, io
raw = '''sku,name,qty,price
A1,Widget,10,2.50
B2,"Gadget, large",3,19.99
C3,Doohickey,0,7.00
D4,"Thing ""special""",7,1.25
'''
reader = csv.DictReader(io.StringIO(raw))
rows = list(reader)
print(reader.fieldnames)
for r in rows:
    print(r["sku"], repr(r["name"]), int(r["qty"]) * float(r["price"]))
in_stock = [r for r in rows if int(r["qty"]) > 0]
value = sum(int(r["qty"]) * float(r["price"]) for r in rows)
print(len(in_stock), f"{value:.2f}")
out = io.StringIO()
writer = csv.writer(out)
writer.writerow(["sku", "value", "note"])
for r in rows:
    v = int(r["qty"]) * float(r["price"])
    writer.writerow([r["sku"], f"{v:.2f}", "restock" if v == 0 else ""])
print(out.getvalue(), end="")
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["name", "qty"], extrasaction="ignore")
dw.writeheader()
dw.writerows(rows[:2])
print(repr(out2.getvalue()))
for line in csv.reader(["a,b,c", '"x,y",z', "1,,3"]):
    print(line)
print(list(csv.reader(["a;b;c"], delimiter=";")))
