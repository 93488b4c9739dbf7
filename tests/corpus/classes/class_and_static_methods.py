import datetime


class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_iso(cls, text):
        return cls(*map(int, text.split("-")))

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def day_of_year(self):
        days = [31, 29 if self.is_leap(self.year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return sum(days[:self.month - 1]) + self.day

    def __repr__(self):
        return f"{type(self).__name__}({self.year:04d}-{self.month:02d}-{self.day:02d})"


class BusinessDate(Date):
    def is_weekend(self):
        return datetime.date(self.year, self.month, self.day).weekday() >= 5


d = BusinessDate.from_iso("2024-03-01")
print(d, d.day_of_year(), d.is_weekend(), BusinessDate.epoch(), type(Date.epoch()).__name__)
print([y for y in range(1896, 1912) if Date.is_leap(y)], Date.from_iso("2023-12-31").day_of_year())
