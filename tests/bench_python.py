"""Benchmark: the Python batch entry point (poortwachter.wage_totals, one library call for
many cases) against a pure-Python implementation of the same rules, in the same run. The
pure-Python code computes the whole case's wage continuation for an employee with one sick
period: 70% of the wage up to the Wfsv maximum x 21,75, at least the minimum wage
(hourly x hours x 13/3) in year 1, calendar-day proration, each segment rounded half up,
with exact integer arithmetic. Both must give the same totals before anything is timed.

usage: bench_python.py [CASES]   (POORTWACHTER_LIBRARY and PYTHONPATH as for the tests)
"""
import datetime as dt
import sys
import time

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
        c.set_wage(pw.Decimal(wage) / 100, pw.Decimal(hours) / 100)
        cases.append(c)
    lib = pw.wage_totals(cases)
    pure = [pure_total(*s) for s in specs]
    mismatches = [k for k in range(n) if int(lib[k] * 100) != pure[k]]
    if mismatches:
        k = mismatches[0]
        sys.exit(f"case {k}: library {lib[k]}, pure Python {pure[k] / 100}")

    def best(fn, rounds=3):
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    t_batch = best(lambda: pw.wage_totals(cases))
    t_pure = best(lambda: [pure_total(*s) for s in specs])
    t_loop = best(lambda: [c.wage().total for c in cases], rounds=1)
    print(f"{n} cases, whole case each (about 25 months); totals identical to the pure-Python rules")
    print(f"python batch wage_totals: {t_batch * 1e6 / n:.1f} us per case")
    print(f"baseline, pure-Python implementation of the same rules: {t_pure * 1e6 / n:.1f} us per case; "
          f"batch is {t_pure / t_batch:.0f}x faster (goal >= 50x)")
    print(f"for comparison, Case.wage() one case at a time (months as Python objects): "
          f"{t_loop * 1e6 / n:.1f} us per case")


if __name__ == "__main__":
    main()
