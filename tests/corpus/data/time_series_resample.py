from datetime import datetime, timedelta
from itertools import groupby

start = datetime(2024, 6, 1, 8, 0)
events = [(start + timedelta(minutes=7 * i), (i * 37) % 11) for i in range(30)]


def bucket(ts, minutes):
    return ts.replace(minute=ts.minute - ts.minute % minutes, second=0)


for key, group in groupby(events, key=lambda e: bucket(e[0], 30)):
    values = [v for _, v in group]
    print(key.strftime("%H:%M"), len(values), sum(values), max(values))
gaps = [(b[0] - a[0]).seconds // 60 for a, b in zip(events, events[1:])]
print(set(gaps), events[-1][0] - events[0][0])
