from datetime import date, timedelta


class LibraryError(Exception):
    pass


class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies = copies
        self.loans = []

    @property
    def available(self):
        return self.copies - len(self.loans)


class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.books = []
        self.fines = 0.0


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.catalogue = {}
        self.members = {}

    def add_book(self, *args, **kwargs):
        book = Book(*args, **kwargs)
        self.catalogue[book.isbn] = book

    def join(self, name):
        self.members[name] = Member(name)

    def lend(self, name, isbn, today):
        member, book = self.members[name], self.catalogue[isbn]
        if member.fines > 0:
            raise LibraryError(f"{name} owes {member.fines:.2f}")
        if len(member.books) >= Member.LIMIT:
            raise LibraryError(f"{name} has reached the limit")
        if book.available == 0:
            raise LibraryError(f"no copies of {book.title!r} left")
        due = today + timedelta(days=self.LOAN_DAYS)
        book.loans.append((name, due))
        member.books.append(isbn)
        return due

    def give_back(self, name, isbn, today):
        member, book = self.members[name], self.catalogue[isbn]
        loan = next(l for l in book.loans if l[0] == name)
        book.loans.remove(loan)
        member.books.remove(isbn)
        late = (today - loan[1]).days
        if late > 0:
            member.fines += late * self.FINE_PER_DAY
        return max(late, 0)


lib = Library()
lib.add_book("111", "Dune", "Herbert", copies=1)
lib.add_book("222", "Emma", "Austen", copies=2)
lib.add_book("333", "Ubik", "Dick")
for name in ("ann", "bob"):
    lib.join(name)
day = date(2024, 1, 1)
actions = [
    ("lend", "ann", "111", 0), ("lend", "bob", "111", 1), ("lend", "ann", "222", 2),
    ("lend", "ann", "333", 3), ("return", "ann", "111", 20), ("lend", "ann", "333", 21),
    ("lend", "bob", "111", 21),
]
for action, name, isbn, offset in actions:
    today = day + timedelta(days=offset)
    try:
        if action == "lend":
            print(f"{today} {name} borrows {isbn}: due {lib.lend(name, isbn, today)}")
        else:
            print(f"{today} {name} returns {isbn}: {lib.give_back(name, isbn, today)} days late")
    except LibraryError as err:
        print(f"{today} refused: {err}")
print({n: (m.books, m.fines) for n, m in lib.members.items()})
