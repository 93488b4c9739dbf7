class Serializer:
    formats = {}

    def __init_subclass__(cls, /, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt is not None:
            Serializer.formats[fmt] = cls

    @classmethod
    def for_format(cls, fmt):
        try:
            return cls.formats[fmt]()
        except KeyError:
            raise ValueError(f"unknown format {fmt!r}") from None


class CsvSerializer(Serializer, fmt="csv"):
    def dump(self, rows):
        return "\n".join(",".join(map(str, row)) for row in rows)


class TsvSerializer(CsvSerializer, fmt="tsv"):
    def dump(self, rows):
        return super().dump(rows).replace(",", "\t")


class MarkdownSerializer(Serializer, fmt="md"):
    def dump(self, rows):
        head, *body = rows
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(map(str, r)) + " |" for r in body]
        return "\n".join(lines)


rows = [("name", "qty"), ("apple", 3), ("pear", 5)]
for fmt in sorted(Serializer.formats):
    print(f"[{fmt}]")
    print(Serializer.for_format(fmt).dump(rows))
try:
    Serializer.for_format("xml")
except ValueError as err:
    print(err)
