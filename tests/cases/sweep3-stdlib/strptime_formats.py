# datetime.strptime with many directives, and its errors.
from datetime import datetime
tests = [("2024-07-04 09:15", "%Y-%m-%d %H:%M"), ("4/7/24", "%d/%m/%y"), ("March 5, 1999", "%B %d, %Y"), ("mar 5 1999", "%b %d %Y"),
 ("12:30:45.5 PM", "%I:%M:%S.%f %p"), ("12 AM", "%I %p"), ("2024-032", "%Y-%j"), ("20240102", "%Y%m%d"),
 ("2024-01-01T10:00:00+0530", "%Y-%m-%dT%H:%M:%S%z"), ("2024-01-01 10:00Z", "%Y-%m-%d %H:%M%z"), ("Mon Jan  8 2024", "%a %b %d %Y"),
 ("x", "%Y"), ("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"), ("2024", "%Q"), ("  2024", "%Y"), ("2024   5", "%Y %m"), ("%2024", "%%%Y"), ("69", "%y"), ("68", "%y"), ("10:5", "%H:%M")]
for s, f in tests:
    try:
        print(repr(s), repr(datetime.strptime(s, f)))
    except (ValueError, TypeError) as e:
        print(repr(s), type(e).__name__, e)
