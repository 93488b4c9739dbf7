from datetime import date, datetime, timedelta, timezone

start = date(2024, 1, 31)
print(start + timedelta(days=1), start.isoformat(), start.weekday(), start.strftime("%A %d %B %Y"))


def add_months(d, months):
    month = d.month - 1 + months
    year = d.year + month // 12
    month = month % 12 + 1
    days_in_month = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(d.day, days_in_month))


print([add_months(start, m).isoformat() for m in range(5)])
moment = datetime(2024, 3, 10, 14, 30, tzinfo=timezone.utc)
local = moment.astimezone(timezone(timedelta(hours=-5)))
print(moment.isoformat(), local.isoformat(), (moment - local).total_seconds())
span = datetime(2024, 12, 25) - datetime(2024, 1, 1, 12)
print(span, span.days, span.seconds // 3600, datetime.strptime("2024-07-04 09:15", "%Y-%m-%d %H:%M"))
print(sorted([date(2024, 5, 1), date(2023, 5, 1), date(2024, 1, 1)]), date(2024, 2, 29).toordinal())
