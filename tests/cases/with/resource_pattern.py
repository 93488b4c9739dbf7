class Connection:
    open_count = 0

    def __init__(self, name):
        self.name = name
        self.queries = []

    def __enter__(self):
        Connection.open_count += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Connection.open_count -= 1
        status = "rollback" if exc_type else "commit"
        print(f"{self.name}: {status} {self.queries}")
        return False

    def query(self, sql):
        if "DROP" in sql:
            raise PermissionError("not allowed: " + sql)
        self.queries.append(sql)
        return len(self.queries)


with Connection("db1") as conn:
    conn.query("SELECT 1")
    conn.query("INSERT x")
    print("open inside:", Connection.open_count)
try:
    with Connection("db2") as conn:
        conn.query("SELECT 2")
        conn.query("DROP TABLE users")
except PermissionError as err:
    print("PermissionError:", err)
print("open after:", Connection.open_count)


class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.in_use = []

    def acquire(self):
        pool = self

        class Lease:
            def __enter__(self):
                self.conn = pool.free.pop(0)
                pool.in_use.append(self.conn)
                return self.conn

            def __exit__(self, *exc):
                pool.in_use.remove(self.conn)
                pool.free.append(self.conn)

        return Lease()


pool = Pool(2)
with pool.acquire() as c1, pool.acquire() as c2:
    print("leased", c1, c2, "free:", pool.free, "in use:", pool.in_use)
print("after:", pool.free, pool.in_use)
try:
    with pool.acquire() as c:
        raise RuntimeError(f"failure while holding {c}")
except RuntimeError as err:
    print(err, "| free again:", pool.free)
