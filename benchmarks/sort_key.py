# Sorting with key functions: lambdas, plain functions, reverse=True and
# tuples as keys.
seed = 987654321
records = []
for i in range(60000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    records.append((seed % 1000, "n" + str(seed % 5003), i))


def by_name(record):
    return record[1]


def by_group_then_id(record):
    return (record[0] % 10, -record[2])


checksum = 0
for round_ in range(4):
    a = sorted(records, key=lambda r: r[0])
    b = sorted(records, key=by_name, reverse=True)
    c = sorted(records, key=by_group_then_id)
    d = list(records)
    d.sort(key=lambda r: (r[1], r[0]), reverse=True)
    for k in range(0, len(records), 997):
        checksum = (checksum * 31 + a[k][2] + b[k][2] * 3 + c[k][2] * 5 + d[k][2] * 7) % 1000000007
print(checksum, a[0], b[0], c[0], d[0])
