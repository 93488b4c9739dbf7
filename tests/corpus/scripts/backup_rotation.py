"""Decide which daily backups to keep: 7 daily, 4 weekly, 6 monthly."""
from datetime import date, timedelta


def keep(backups, daily=7, weekly=4, monthly=6):
    backups = sorted(backups, reverse=True)
    kept, reasons = set(), {}

    def take(key, limit, label):
        seen = []
        for b in backups:
            k = key(b)
            if k not in seen:
                seen.append(k)
                if len(seen) > limit:
                    break
                kept.add(b)
                reasons.setdefault(b, label)

    take(lambda d: d, daily, "daily")
    take(lambda d: d.isocalendar()[:2], weekly, "weekly")
    take(lambda d: (d.year, d.month), monthly, "monthly")
    return sorted(kept), reasons


today = date(2024, 6, 30)
backups = [today - timedelta(days=n) for n in range(0, 200, 1)]
kept, reasons = keep(backups)
print(len(backups), "backups,", len(kept), "kept")
for d in kept:
    print(d.isoformat(), reasons[d])
