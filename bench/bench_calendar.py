"""Benchmark: the library's calendar feed against python3-icalendar on the same feed, in the
same run. bench_calendar writes the feed of CASES cases and reports the library's events/s
(minimum of 3 rounds); this program then parses that feed with icalendar and serializes the
parsed calendar again (minimum of 3 rounds each) and checks that the parsed calendar holds
every event of the feed. It never fails on speed.

usage: bench_calendar.py BENCH_CALENDAR [CASES]
"""
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

import icalendar


def fastest(fn, rounds=3):
    best, result = None, None
    for _ in range(rounds):
        result = None  # one result alive at a time: the peak memory is one run's
        t0 = time.thread_time()  # CPU time: waiting for a core is not the code's
        result = fn()
        elapsed = time.thread_time() - t0
        best = elapsed if best is None else min(best, elapsed)
    return best, result


def main():
    bench, cases = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "1000"
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "feed.ics")
        out = subprocess.run([bench, cases, "--write", path], check=True, capture_output=True,
                             text=True).stdout
        data = open(path, "rb").read()
    library = float(re.search(r"library (\d+) events/s", out).group(1))
    events = data.count(b"BEGIN:VEVENT")
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t_parse, cal = fastest(lambda: icalendar.Calendar.from_ical(data))
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    parsed = len(cal.walk("VEVENT"))
    if parsed != events:
        sys.exit(f"icalendar read {parsed} events of the {events} in the feed")
    t_write, _ = fastest(cal.to_ical)
    print(f"calendar, python3-icalendar {icalendar.__version__} on the library's feed of {events} "
          f"events: serializing {events / t_write:.0f} events/s, parsing {events / t_parse:.0f} "
          f"events/s, peak memory {(rss1 - rss0) / 1024:+.0f} MiB; library {library:.0f} events/s, "
          f"{library * t_write / events:.0f}x serializing (minimum of 3 rounds; all events read back)")


if __name__ == "__main__":
    main()
