# datetime, date, time and timedelta arithmetic and formatting.
from datetime import date, datetime, time, timedelta, timezone
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 2, 28), d.replace(day=1), d.isoweekday(), d.isocalendar())
print(date.fromisoformat("2024-12-31").toordinal() - date(2024, 1, 1).toordinal(), date(2000, 1, 1).strftime("%a %b %d %Y %j"))
dt = datetime(2024, 3, 10, 14, 30, 5, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="minutes"), dt.date(), dt.time())
print(dt.strftime("%Y/%m/%d %H:%M:%S.%f %p %I"), dt.strftime("%%"), f"{dt:%d.%m.%y}", format(dt, "%H"))
print(datetime.strptime("2024-07-04 09:15", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2024-01-02T03:04:05"))
td = timedelta(days=1, hours=25, minutes=61, seconds=3661, milliseconds=1500)
print(td, td.days, td.seconds, td.microseconds, td.total_seconds(), repr(td))
print(timedelta(hours=-1), -timedelta(days=1, seconds=1), abs(timedelta(hours=-3)), timedelta(minutes=90) / timedelta(hours=1), timedelta(hours=5) // 2)
print(timedelta(weeks=2) > timedelta(days=13), timedelta(0) == timedelta(), bool(timedelta()), timedelta(seconds=0.5), timedelta(days=1) * 1.5)
t = time(9, 5, 7)
print(t, t.isoformat(), t.replace(hour=23), time(12).strftime("%I %p"), time.fromisoformat("10:20:30"))
print(dt - datetime(2024, 1, 1), dt + timedelta(hours=12), (dt - timedelta(days=70)).strftime("%Y-%m-%d"))
utc = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
est = timezone(timedelta(hours=-5), "EST")
print(utc, utc.astimezone(est), utc.tzname(), est, timezone(timedelta(hours=5, minutes=30)), utc.utcoffset())
print(sorted([date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 15)]), max(date(2020, 1, 1), date(2019, 12, 31)))
print(date(2024, 1, 31) < date(2024, 2, 1), datetime(2024, 1, 1) == datetime(2024, 1, 1, 0, 0), date.min, date.max, timedelta.max)
for bad in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: time(25), lambda: datetime.strptime("x", "%Y"),
            lambda: date(2024, 1, 1) + 1, lambda: date.fromisoformat("2024/01/01"), lambda: timedelta(days=1) / 0]:
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(2000, 6, 15), date(2024, 6, 14)), age(date(2000, 6, 15), date(2024, 6, 15)))
start = date(2024, 1, 29)
print([(start + timedelta(weeks=w)).strftime("%b %d") for w in range(4)])
