import io

orders = [
    ("2024-01-03", "Alice", 3, 19.99),
    ("2024-01-04", "Bob", 1, 249.5),
    ("2024-01-04", "Chandra", 12, 4.25),
    ("2024-01-05", "Dmitri", 2, 1200.0),
]

buffer = io.StringIO()
line = "+" + "-" * 12 + "+" + "-" * 10 + "+" + "-" * 5 + "+" + "-" * 11 + "+"
buffer.write(line + "\n")
buffer.write(f"|{'date':^12}|{'customer':^10}|{'qty':^5}|{'total':^11}|\n")
buffer.write(line + "\n")
grand = 0.0
for date, customer, qty, price in orders:
    total = qty * price
    grand += total
    buffer.write(f"|{date:<12}|{customer:<10.10}|{qty:>5}|{total:>11,.2f}|\n")
buffer.write(line + "\n")
buffer.write(f"|{'':<12}|{'':<10}|{'sum':>5}|{grand:>11,.2f}|\n")
buffer.write(line)
print(buffer.getvalue())
print(len(buffer.getvalue().splitlines()))
