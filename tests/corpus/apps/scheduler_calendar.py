from datetime import datetime, timedelta


class Calendar:
    def __init__(self):
        self.events = []

    def add(self, title, start, minutes, every=None, count=1):
        for n in range(count):
            begin = start + (every or timedelta()) * n
            self.events.append((begin, begin + timedelta(minutes=minutes), title))
        self.events.sort()

    def conflicts(self):
        clashes = []
        for i, (s1, e1, t1) in enumerate(self.events):
            for s2, e2, t2 in self.events[i + 1:]:
                if s2 >= e1:
                    break
                clashes.append((t1, t2, s2.strftime("%a %H:%M")))
        return clashes

    def agenda(self, day):
        return [f"{s:%H:%M}-{e:%H:%M} {t}" for s, e, t in self.events if s.date() == day.date()]

    def free(self, day, start_hour=9, end_hour=17, min_minutes=30):
        cursor = day.replace(hour=start_hour, minute=0)
        end = day.replace(hour=end_hour, minute=0)
        slots = []
        for s, e, _ in self.events:
            if s.date() != day.date() or e <= cursor:
                continue
            if (s - cursor) >= timedelta(minutes=min_minutes):
                slots.append(f"{cursor:%H:%M}-{s:%H:%M}")
            cursor = max(cursor, e)
        if end - cursor >= timedelta(minutes=min_minutes):
            slots.append(f"{cursor:%H:%M}-{end:%H:%M}")
        return slots


monday = datetime(2024, 6, 3)
cal = Calendar()
cal.add("standup", monday.replace(hour=9, minute=30), 15, every=timedelta(days=1), count=5)
cal.add("design review", monday.replace(hour=11), 90)
cal.add("lunch", monday.replace(hour=12), 60, every=timedelta(days=1), count=2)
cal.add("1:1", monday.replace(hour=15), 30)
print(cal.agenda(monday))
print(cal.free(monday))
print(cal.conflicts())
print(len(cal.events), cal.agenda(monday + timedelta(days=2)))
