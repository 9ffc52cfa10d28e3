"""The behaviour corpus: a few thousand generated cases run through the command-line tool.

Every output (timeline, dossier and wage as JSON and text, the .ics feed, a regenerated feed,
the exit status and the error text) is hashed and compared with tests/corpus/baseline.txt. A
change that is meant to keep behaviour (a refactoring) must leave every hash as it was; a change
that is meant to change behaviour updates the baseline on purpose (--update) and says why in its
commit.

    python3 tests/corpus/corpus.py TOOL [--cases N] [--update] [-j JOBS]

The cases come from a fixed seed, so every machine runs the same ones: relapses (gaps of 1 to
40 days, 27 and 28 among them), WAZO leave, steps done (some late, some before "today", some
repeated), departures, voluntary extensions, loonsancties with and without bekorting,
employment ends, dossier items, wages with youth, AOW, waiting days, CAO schedules and partial
work, and some bad input.
"""

import argparse
import concurrent.futures
import datetime as dt
import hashlib
import os
import pathlib
import random
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
BASELINE = HERE / "baseline.txt"
MILESTONES = ["ZIEKMELDING_ARBODIENST", "PROBLEEMANALYSE", "PLAN_VAN_AANPAK", "EVALUATIE",
              "MELDING_UWV_42", "EERSTEJAARSEVALUATIE", "SPOOR2_BESLUIT", "UWV_WIA_BRIEF",
              "ACTUEEL_OORDEEL", "EINDEVALUATIE", "REINTEGRATIEVERSLAG", "WIA_AANVRAAG"]
ITEMS = ["ADMINISTRATIEVE_GEGEVENS", "AARD_VAN_HET_BEDRIJF", "FUNCTIE", "BEKWAAMHEDEN",
         "EERSTE_ZIEKTEDAG", "PROBLEEMANALYSE", "PLAN_VAN_AANPAK", "EERSTEJAARSEVALUATIE",
         "EINDEVALUATIE", "OORDEEL_ARBEIDSRELATIE", "ACTUEEL_OORDEEL",
         "OORDEEL_PASSENDE_ARBEID", "OORDEEL_WERKNEMER", "MEDISCHE_INFORMATIE"]


def iso(d):
    return d.isoformat()


def periods(rng, first):
    """Sick periods and leave, in date order, and the first day of the last period."""
    args, day = [], first
    for k in range(rng.choice([1, 1, 1, 2, 2, 3, 4])):
        length = rng.choice([1, 13, 41, 42, 70, 71, 120, 300, 400])
        last = day + dt.timedelta(days=length - 1)
        ongoing = k > 0 and rng.random() < 0.3
        args += ["--period", iso(day) if ongoing else f"{iso(day)}:{iso(last)}"]
        if ongoing:
            return args, day
        gap = rng.choice([1, 5, 14, 21, 26, 27, 28, 29, 40])
        if rng.random() < 0.15:  # a WAZO leave in the gap
            lf = last + dt.timedelta(days=1)
            ll = lf + dt.timedelta(days=rng.choice([30, 112, 126]))
            other = ":other-cause" if rng.random() < 0.3 else ""
            args += ["--leave", f"{iso(lf)}:{iso(ll)}{other}"]
            last = ll
        day = last + dt.timedelta(days=gap + 1)
    if rng.random() < 0.5:
        args += ["--period", iso(day)]
    return args, day


def case_options(rng, first):
    args, latest = periods(rng, first)
    for m in rng.sample(MILESTONES, rng.randint(0, 6)):
        for _ in range(2 if m == "EVALUATIE" else 1):
            base = first if rng.random() < 0.3 else latest  # most steps belong to the latest case
            args += ["--done", f"{m}={iso(base + dt.timedelta(days=rng.randint(0, 700)))}"]
    if rng.random() < 0.1:
        which = rng.choice(["PROBLEEMANALYSE", "PLAN_VAN_AANPAK"])
        args += ["--departure", f"{which}={iso(first + dt.timedelta(days=rng.randint(30, 90)))}"]
    if rng.random() < 0.1:
        args += ["--extension-until", iso(first + dt.timedelta(days=rng.randint(700, 1100)))]
    if rng.random() < 0.15:
        dec = first + dt.timedelta(days=rng.randint(500, 760))
        bek = f":{iso(dec + dt.timedelta(days=rng.randint(10, 300)))}" if rng.random() < 0.4 else ""
        args += ["--loonsanctie", f"{iso(dec)}:{rng.randint(1, 53)}{bek}"]
    if rng.random() < 0.15:
        args += ["--employment-end", iso(first + dt.timedelta(days=rng.randint(-5, 600)))]
    return args, latest


def wage_options(rng, first):
    args = ["--monthly-wage", rng.choice(["2300", "1500,50", "4100", "9000", "12345,67", "0,01"]),
            "--hours-per-week", rng.choice(["32", "40", "12,5", "24"])]
    r = rng.random()
    if r < 0.15:
        args += ["--age", str(rng.randint(15, 22))]
    elif r < 0.3:
        args += ["--birth-date", iso(first - dt.timedelta(days=rng.randint(14 * 365, 70 * 365)))]
    if rng.random() < 0.1:
        args += ["--aow-date", iso(first + dt.timedelta(days=rng.randint(-100, 600)))]
    if rng.random() < 0.3:
        args += ["--waiting-days", str(rng.randint(0, 2))]
    if rng.random() < 0.3:
        args += ["--cao", rng.choice(["1-52:100", "1-26:100", "1-104:90:capped", "27-52:85"])]
    if rng.random() < 0.2:
        pf = first + dt.timedelta(days=rng.randint(30, 300))
        args += ["--partial", f"{iso(pf)}:{iso(pf + dt.timedelta(days=rng.randint(0, 90)))}:"
                 f"{rng.choice(['8', '16', '20,5'])}"]
        if rng.random() < 0.5:
            args += ["--partial-pay", rng.choice(["100", "90"])]
    if rng.random() < 0.1:
        args += ["--extension-percent", rng.choice(["70", "80"])]
    return args


def make_case(n):
    rng = random.Random(n)
    first = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 1400))
    case, latest = case_options(rng, first)
    today = iso(first + dt.timedelta(days=rng.randint(0, 800)))
    lang = rng.choice(["nl", "en"])
    common = case + ["--today", today, "--lang", lang]
    present = []
    for item in rng.sample(ITEMS, rng.randint(0, 5)):
        present += ["--present", f"{item}={iso(latest + dt.timedelta(days=rng.randint(0, 700)))}"]
    wage = wage_options(rng, first)
    alarm = rng.choice([0, 7, 14])
    feed = ["--case-id", f"zaak-{n}", "--dtstamp", "20260101T000000Z", "--alarm-days", str(alarm)]
    if alarm and rng.random() < 0.3:
        feed.append("--reminder-events")
    if rng.random() < 0.3:
        feed += ["--include", rng.choice(["dossier", "wage", "dossier,wage"])] + wage
    if n % 97 == 0:  # bad input: an impossible date
        common += ["--period", "2026-02-30"]
    runs = {
        "timeline-json": ["timeline", "--format", "json"] + common,
        "timeline-text": ["timeline"] + common,
        "dossier-json": ["dossier", "--format", "json"] + common + present,
        "wage-json": ["wage", "--format", "json"] + case + ["--lang", lang] + wage,
        "ics": ["ics"] + case + ["--lang", lang] + present + feed,
    }
    return runs, rng


def run_case(tool, n):
    runs, rng = make_case(n)
    out = []
    with tempfile.TemporaryDirectory() as d:
        for name, args in runs.items():
            r = subprocess.run([tool] + args, capture_output=True, timeout=120, cwd=d)
            h = hashlib.sha256(b"%d\0" % r.returncode + r.stdout + b"\0" + r.stderr)
            out.append(f"{n} {name} {h.hexdigest()[:16]}")
            if name == "ics" and r.returncode == 0:
                # regenerate after a relapse and one more step done
                prev = pathlib.Path(d, "prev.ics")
                prev.write_bytes(r.stdout)
                more = ["--period", "2030-01-01", "--done", "PROBLEEMANALYSE=2023-06-01"]
                args2 = args[:1] + more + args[1:] + ["--previous", str(prev),
                                                    "--dtstamp", "20260201T000000Z"]
                r2 = subprocess.run([tool] + args2, capture_output=True, timeout=120, cwd=d)
                h2 = hashlib.sha256(b"%d\0" % r2.returncode + r2.stdout + b"\0" +
                                    r2.stderr.replace(str(prev).encode(), b"PREV"))
                out.append(f"{n} ics-regenerated {h2.hexdigest()[:16]}")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tool")
    ap.add_argument("--cases", type=int, default=2000)
    ap.add_argument("--update", action="store_true", help="write the baseline")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    a = ap.parse_args()
    a.tool = os.path.abspath(a.tool)
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        lines = [l for chunk in ex.map(lambda n: run_case(a.tool, n), range(a.cases)) for l in chunk]
    if a.update:
        BASELINE.write_text("\n".join(lines) + "\n")
        print(f"wrote {len(lines)} hashes to {BASELINE.name}")
        return 0
    # a shorter run (--cases below the baseline's, as under the sanitizers) checks its prefix
    want = [w for w in BASELINE.read_text().splitlines() if int(w.split()[0]) < a.cases]
    if len(want) != len(lines):
        print(f"baseline has {len(want)} lines, this run {len(lines)} (different --cases?)")
        return 1
    diff = [(w, g) for w, g in zip(want, lines) if w != g]
    for w, g in diff[:20]:
        print(f"differs: {w} -> {g.split()[-1]}")
    print(f"{len(lines) - len(diff)} of {len(lines)} outputs as in the baseline")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
