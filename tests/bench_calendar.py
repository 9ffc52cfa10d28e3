"""Calendar benchmark: runs bench_calendar (the library against libical's whole tree), then
times python3-icalendar on the same feed: parsing it, and serializing the parsed calendar.

usage: bench_calendar.py BENCH_CALENDAR [CASES]
"""
import os
import resource
import subprocess
import sys
import tempfile
import time

import icalendar

bench, cases = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "4000"
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "feed.ics")
    out = subprocess.run([bench, cases, path], check=True, capture_output=True, text=True).stdout
    print(out, end="")
    data = open(path, "rb").read()
events = data.count(b"BEGIN:VEVENT")
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
cal = icalendar.Calendar.from_ical(data)
t1 = time.perf_counter()
text = cal.to_ical()
t2 = time.perf_counter()
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"baseline, python3-icalendar {icalendar.__version__} on the same feed: serializing "
      f"{events / (t2 - t1):.0f} events/s, parsing {events / (t1 - t0):.0f} events/s; "
      f"peak memory growth {rss1 - rss0:+d} KiB")
