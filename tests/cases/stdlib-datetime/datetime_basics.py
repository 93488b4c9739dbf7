# datetime: construction, repr/str, arithmetic, comparisons, formatting, parsing.
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week, d.ctime())
print(d + timedelta(days=1), d - timedelta(weeks=9), d - date(2000, 1, 1), date(2024, 12, 31) - d)
print(d.replace(year=2025, day=28), date.fromordinal(738000), date.fromisoformat("2021-07-04"))
print(date.fromisoformat("20210704"), date.fromisoformat("2021-W01-1"), date.fromisocalendar(2020, 53, 7))
print(d < date(2024, 3, 1), d == date(2024, 2, 29), d != d.replace(day=1), max(d, date(2023, 1, 1)))
print(hash(d) == hash(date(2024, 2, 29)), sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
print(date.min, date.max, date.resolution, d.strftime("%A %d %B %Y, day %j, week %U/%W, %a %b %y %m %w %%"))
print(f"{d:%d/%m/%Y}", format(d, ""), "{:%Y}".format(d))
for args in [(2023, 2, 29), (2024, 13, 1), (0, 1, 1), (2024, 1, 0), (10000, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    date(2024, 1.5, 1)
except TypeError as e:
    print("TypeError:", e)

t = time(13, 5, 9, 250)
print(t, repr(t), time(7), repr(time(7, 30)), repr(time(7, 30, 5)), t.hour, t.minute, t.second, t.microsecond)
print(t.isoformat("minutes"), t.isoformat("milliseconds"), t.isoformat("hours"), t.strftime("%I:%M %p"))
print(time.fromisoformat("04:23:01.000384"), time.fromisoformat("T04:23"), time.fromisoformat("04:23:01+05:30"))
print(time(1) < time(2), time(12) == time(12, 0), time.min, time.max)
for bad in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 10**6)]:
    try:
        time(*bad)
    except ValueError as e:
        print("ValueError:", e)

td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(0), repr(timedelta(0)), timedelta(-1), repr(timedelta(seconds=-1)), timedelta(hours=-25))
print(timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(milliseconds=1), timedelta(weeks=1, days=-0.5))
print(td * 2, 2 * td, td / 2, td // 3, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1))
print(divmod(td, timedelta(hours=5)), -td, abs(-td), +td, td * 0.5, td / 0.25)
print(timedelta(days=2) > timedelta(hours=47), timedelta(1) == timedelta(hours=24), bool(timedelta(0)), bool(td))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta(days=3, microseconds=7)))
print(sum([timedelta(minutes=m) for m in range(10)], timedelta()), str(timedelta(days=2, seconds=1)))
try:
    timedelta(days=10**9)
except OverflowError as e:
    print("OverflowError:", e)
try:
    timedelta(days="1")
except TypeError as e:
    print("TypeError:", e)

x = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(x, repr(x), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), x.date(), x.time())
print(x.isoformat(), x.isoformat(" ", "seconds"), x.isoformat(timespec="milliseconds"), x.ctime())
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %a %I%p %j %c | %x | %X"), x.timetz(), x.weekday())
print(x + timedelta(hours=10), x - timedelta(days=70), x - datetime(2024, 1, 1), datetime(2024, 1, 1) - x)
print(x.replace(hour=0, microsecond=0), datetime.combine(date(2020, 1, 2), time(3, 4)), x > datetime(2024, 3, 10))
print(datetime.fromisoformat("2011-11-04T00:05:23"), datetime.fromisoformat("2011-11-04 00:05:23.283+00:00"))
print(repr(datetime.fromisoformat("2011-11-04T00:05:23Z")), datetime.fromisoformat("20111104T000523"))
print(repr(datetime.fromisoformat("2011-11-04T00:05:23-04:00")), datetime.fromisoformat("2011-11-04"))
for bad in ["2011-13-04", "nonsense", "2011-11-04T25:00", "2011-11-04X"]:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)

utc = timezone.utc
print(utc, repr(utc), dt.UTC is utc, timezone(timedelta(hours=5, minutes=30)), repr(timezone(timedelta(hours=-3))))
print(repr(timezone(timedelta(hours=1), "CET")), str(timezone(timedelta(hours=1), "CET")), timezone(timedelta(0)) is utc)
a = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
b = a.astimezone(timezone(timedelta(hours=2)))
print(a, b, repr(b), a == b, b - a, b.utcoffset(), b.tzname(), a.timestamp(), b.isoformat())
print(a.strftime("%z %Z %:z"), b.strftime("%H:%M %z"), datetime(2024, 1, 1).strftime("[%z][%Z]"))
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.5, tz=utc), datetime.fromtimestamp(86400 * 365.25, utc))
try:
    a < datetime(2024, 6, 1)
except TypeError as e:
    print("TypeError:", e)
print(a == datetime(2024, 6, 1, 12), hash(a) == hash(b))
try:
    a - datetime(2024, 6, 1)
except TypeError as e:
    print("TypeError:", e)

now = datetime.now()
print(type(now).__name__, now.year >= 2024, abs((datetime.now(utc) - now.replace(tzinfo=utc)).total_seconds()) < 86400)
print(type(date.today()).__name__, date.today() == datetime.now().date() or "midnight")
print(isinstance(x, date), issubclass(datetime, date), datetime.min, datetime.max)


class MyDate(date):
    pass


print(repr(MyDate(2020, 1, 1)), type(MyDate(2020, 1, 1) + timedelta(1)).__name__)
