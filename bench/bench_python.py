"""Benchmark: the Python batch entry point (poortwachter.wage_totals, one library call for
many cases) against its floor in the same run: a pure-Python implementation of the same
rules (the goal: the batch >= 50x faster). The pure-Python code computes the whole case's
wage continuation for an employee with one sick period: 70% of the wage up to the Wfsv
maximum x 21,75, at least the minimum wage (hourly x hours x 13/3) in year 1, calendar-day
proration, each segment rounded half up, with exact integer arithmetic. Both must give the
same totals for every case before anything is timed; it never fails on speed.

usage: bench_python.py [CASES]   (POORTWACHTER_LIBRARY and PYTHONPATH as for the tests)
"""
import datetime as dt
import statistics
import sys
import time
from decimal import Decimal

import poortwachter as pw

MIN_HOUR = [(dt.date(2024, 1, 1), 1327), (dt.date(2024, 7, 1), 1368), (dt.date(2025, 1, 1), 1406),
            (dt.date(2025, 7, 1), 1440), (dt.date(2026, 1, 1), 1471), (dt.date(2026, 7, 1), 1499)]
# the Wfsv maximum changes on 1 January and 1 July (Wfsv art. 18 lid 1)
WFSV = [(dt.date(2023, 1, 1), 25654), (dt.date(2023, 7, 1), 26457), (dt.date(2024, 1, 1), 27444),
        (dt.date(2024, 7, 1), 28295), (dt.date(2025, 1, 1), 29067), (dt.date(2025, 7, 1), 29782),
        (dt.date(2026, 1, 1), 30425), (dt.date(2026, 7, 1), 30991)]


def min_hour(day):
    return [cents for start, cents in MIN_HOUR if start <= day][-1]


def wfsv(day):
    return [cents for start, cents in WFSV if start <= day][-1]


def month_end(day):
    nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def pure_total(first, wage, hours):
    """Whole case, one open sick period from `first`, adult employee."""
    DEN = 12_000_000  # as in the library: percentages x 1200
    year2 = first + dt.timedelta(days=364)   # sick day 365
    end = first + dt.timedelta(days=727)     # sick day 728, the last of the wage obligation
    total = 0
    d = first.replace(day=1)
    while d <= month_end(end):
        me = month_end(d)
        dim = me.day
        cuts = sorted({d, me + dt.timedelta(days=1)} |
                      {c for c in (first, year2, end + dt.timedelta(days=1)) if d < c <= me})
        for a, b in zip(cuts, cuts[1:]):
            days = (b - a).days
            if a < first:
                num, den = wage * days, dim
            elif a > end:
                continue
            else:
                wq = wage * 1200
                capq = wfsv(a) * 87 * 300
                stat = min(wq, capq) * 7000
                if a < year2:
                    stat = max(stat, min_hour(a) * hours * 13 * 40000)
                num, den = stat * days, DEN * dim
            total += (2 * num + den) // (2 * den)
        d = me + dt.timedelta(days=1)
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    specs = [(dt.date(2024, 3, 1) + dt.timedelta(days=k % 400), 180000 + 37 * k, 2400 + k % 1600)
             for k in range(n)]
    cases = []
    for k, (first, wage, hours) in enumerate(specs):
        c = pw.Case(f"b{k}")
        c.add_period(first)
        c.set_wage(Decimal(wage) / 100, Decimal(hours) / 100)
        cases.append(c)
    lib = pw.wage_totals(cases)
    pure = [pure_total(*s) for s in specs]
    mismatches = [k for k in range(n) if not isinstance(lib[k], Decimal) or lib[k] * 100 != pure[k]]
    if mismatches:
        k = mismatches[0]
        sys.exit(f"case {k}: library {lib[k]}, pure Python {pure[k] / 100}")

    def timed(fn):  # CPU time: waiting for a core on a shared machine is not the code's
        t0 = time.thread_time()
        fn()
        return time.thread_time() - t0

    t_batch, t_pure = [], []
    for _ in range(5):  # interleaved, so another process's burst slows both alike
        t_batch += [timed(lambda: pw.wage_totals(cases)) for _ in range(3)]
        t_pure.append(timed(lambda: [pure_total(*s) for s in specs]))
    batch, pure = min(t_batch), min(t_pure)
    us = 1e6 / n
    print(f"python batch wage_totals, {n} whole cases of about 25 months: library {batch * us:.1f} us "
          f"per case; floor, the same rules in pure Python: {pure * us:.1f} us per case; "
          f"{pure / batch:.0f}x faster (goal >= 50x) (minimum of {len(t_batch)} and {len(t_pure)} "
          f"rounds; medians {statistics.median(t_batch) * us:.1f}, "
          f"{statistics.median(t_pure) * us:.1f} us; totals identical)")


if __name__ == "__main__":
    main()
