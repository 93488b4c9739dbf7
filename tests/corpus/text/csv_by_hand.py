def parse_csv_line(line, delimiter=","):
    fields, field, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                field.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == delimiter:
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    fields.append("".join(field))
    return fields


DATA = '''name,city,quote
Ada,London,"Imagination, in short"
Grace,"Arlington, VA","It's easier to ask ""forgiveness"""
Linus,Helsinki,
'''

rows = [parse_csv_line(line) for line in DATA.splitlines()]
header, *records = rows
for record in records:
    print(dict(zip(header, record)))
print(max(len(r[2]) for r in records))
