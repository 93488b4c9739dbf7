class Query:
    def __init__(self, rows):
        self.rows = rows

    def where(self, predicate):
        return Query([r for r in self.rows if predicate(r)])

    def first(self):
        return self.rows[0]


rows = [{"id": 1, "ok": True}, {"id": 2, "ok": False}]
print(Query(rows).where(lambda r: r["ok"]).first())
print(Query(rows).where(lambda r: r["id"] > 5).first())
