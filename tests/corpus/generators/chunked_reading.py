import io


def read_chunks(stream, size):
    while chunk := stream.read(size):
        yield chunk


def split_records(chunks, separator="\n"):
    pending = ""
    for chunk in chunks:
        pending += chunk
        *complete, pending = pending.split(separator)
        yield from complete
    if pending:
        yield pending


def numbered(records, start=1):
    for number, record in enumerate(records, start):
        yield f"{number:03d}: {record}"


source = io.StringIO("alpha\nbeta\ngamma delta\n\nepsilon\nzeta")
for line in numbered(split_records(read_chunks(source, 4))):
    print(line)
