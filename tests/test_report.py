"""The rule catalogue (poortwachter rules) and the printable case reports (poortwachter
report), without a browser: every milestone of the spec in every format, the JSON keys, the
legal constants of lib/law.h, well-formed Markdown and HTML, and pages that load nothing
from outside and name no one but by the case id.

    test_report.py TOOL SOURCE_ROOT

Expected values come from the rules (spec = shared spec rules.md of the project): §3 the
milestone ids, PROBLEEMANALYSE on sick day 42; §4.1 the adult hourly minimum wage of
1 January 2024, EUR 13,27; the law's texts live at https://wetten.overheid.nl/<juriconnect id>.
"""

import html.parser
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import unittest

TOOL = ROOT = None
IDS = ["ZIEKMELDING_ARBODIENST", "PROBLEEMANALYSE", "PLAN_VAN_AANPAK", "EVALUATIE",
       "MELDING_UWV_42", "EERSTEJAARSEVALUATIE", "SPOOR2_BESLUIT", "UWV_WIA_BRIEF",
       "ACTUEEL_OORDEEL", "EINDEVALUATIE", "REINTEGRATIEVERSLAG", "WIA_AANVRAAG",
       "EINDE_WACHTTIJD", "EINDE_LOONSANCTIE", "EINDE_DIENSTVERBAND_MELDING"]
WETTEN = "https://wetten.overheid.nl/"
VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "wbr", "source"}
CASE = ["--period", "2026-01-01:2026-03-15", "--period", "2026-04-06", "--done",
        "PROBLEEMANALYSE=2026-02-05", "--case-id", "example-0001", "--today", "2026-11-23"]


def run(*args, cwd=None):
    return subprocess.run([TOOL, *args], capture_output=True, text=True, timeout=300, cwd=cwd)


class Balanced(html.parser.HTMLParser):
    """Every element closed in order (void elements and SVG's self-closing ones aside)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.tags = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def parse_html(test, text):
    p = Balanced()
    p.feed(text)
    p.close()
    test.assertEqual(p.errors, [])
    test.assertEqual(p.stack, [])
    test.assertTrue(text.startswith("<!DOCTYPE html>"))
    return p.tags


def assert_self_contained(test, text, tags):
    """No script, nothing loaded: no src, no stylesheet link, no url() or @import; the only
    absolute links are anchors to the law's articles."""
    test.assertNotIn("<script", text.lower())
    test.assertNotRegex(text, r"url\(|@import|@font-face|javascript:")
    for tag, attrs in tags:
        test.assertNotIn(tag, {"script", "img", "iframe", "link", "object", "embed", "image", "use"})
        test.assertNotIn("src", attrs)
        test.assertFalse(any(a.startswith("on") for a in attrs), (tag, attrs))
        href = attrs.get("href")
        if href and re.match(r"[a-z]+:", href):
            test.assertEqual(tag, "a")
            test.assertTrue(href.startswith(WETTEN + "jci1.3:c:BWBR"), href)
    addresses = set(re.findall(r"[a-z]+://[^\"' <)]*", text))
    test.assertLessEqual({a for a in addresses if not a.startswith(WETTEN)}, {"http://www.w3.org/2000/svg"})


class Rules(unittest.TestCase):
    def test_every_milestone_in_every_format(self):
        for fmt in ("text", "json", "markdown", "html"):
            for lang in ("nl", "en"):
                with self.subTest(fmt=fmt, lang=lang):
                    r = run("rules", "--format", fmt, "--lang", lang)
                    self.assertEqual(r.returncode, 0, r.stderr)
                    for mid in IDS:
                        self.assertIn(mid, r.stdout)
                    self.assertEqual(r.stdout, run("rules", "--format", fmt, "--lang", lang).stdout)

    def test_json(self):
        doc = json.loads(run("rules", "--format", "json", "--lang", "en").stdout)
        self.assertTrue({"milestones", "constants", "tables"} <= set(doc))
        self.assertEqual([m["id"] for m in doc["milestones"]], IDS)
        for m in doc["milestones"]:
            self.assertTrue({"id", "rule", "basis", "juriconnect"} <= set(m), m)
            self.assertRegex(m["juriconnect"], r"^jci1\.3:c:BWBR\d{7}&artikel=\d+")
            self.assertEqual(m["url"], WETTEN + m["juriconnect"])
        pa = next(m for m in doc["milestones"] if m["id"] == "PROBLEEMANALYSE")
        self.assertEqual((pa["rule"], pa["rule_text"]), ("sick_day", "sick day 42"))
        hour = [t for t in doc["tables"] if t["table"] == "wml_hour" and t["from"] == "2024-01-01"]
        self.assertEqual([(t["age"], t["value"], t["unit"]) for t in hour], [(None, 1327, "cents")])
        self.assertTrue(all(t["source"] for t in doc["tables"]))
        self.assertGreaterEqual(len(doc["choices"]), 2)

    def test_constants_are_those_of_law_h(self):
        """Every number #defined in lib/law.h is listed, with its value and a citation."""
        text = pathlib.Path(ROOT, "lib", "law.h").read_text()
        defines = dict(re.findall(r"^#define ((?:LAW|AGREEMENT)_[A-Z0-9_]+) ([0-9(][^\n]*)$", text, re.M))
        values = {}
        defines = {n: re.sub(r"/\*.*?\*/", "", e).strip() for n, e in defines.items()}
        for name, expr in defines.items():  # later ones use earlier ones
            values[name] = eval(expr, {}, dict(values))
        doc = json.loads(run("rules", "--format", "json").stdout)
        got = {c["name"]: c["value"] for c in doc["constants"]}
        self.assertEqual(got, values)
        self.assertTrue(all(c["citation"] for c in doc["constants"]))
        self.assertEqual(got["LAW_WACHTTIJD_DAYS"], 728)

    def test_markdown_tables_are_whole(self):
        out = run("rules", "--format", "markdown").stdout
        self.assertTrue(out.startswith("# "))
        cells = None
        for line in out.splitlines():
            if not line.startswith("|"):
                cells = None
                continue
            n = len(re.findall(r"(?<!\\)\|", line))
            cells = cells or n
            self.assertEqual(n, cells, line)
        self.assertIn("[jci1.3:c:BWBR0013540&artikel=2&lid=2](" + WETTEN + "jci1.3:c:BWBR0013540&artikel=2&lid=2)", out)

    def test_html_is_well_formed_and_links_the_law(self):
        out = run("rules", "--format", "html", "--lang", "en").stdout
        tags = parse_html(self, out)
        assert_self_contained(self, out, tags)
        links = [a["href"] for t, a in tags if t == "a"]
        self.assertIn(WETTEN + "jci1.3:c:BWBR0013540&artikel=2&lid=2", links)

    def test_bad_format(self):
        for args in (["rules", "--format", "svg"], ["dossier", "--period", "2026-01-01", "--format", "html"]):
            r = run(*args)
            self.assertEqual(r.returncode, 2)
            self.assertIn("does not write --format", r.stderr)


class Report(unittest.TestCase):
    def test_one_case(self):
        with tempfile.TemporaryDirectory() as d:
            page = pathlib.Path(d, "case.html")
            r = run("report", *CASE, "--lang", "en", "-o", str(page))
            self.assertEqual(r.returncode, 0, r.stderr)
            text = page.read_text(encoding="utf-8")
            tags = parse_html(self, text)
            assert_self_contained(self, text, tags)
            self.assertEqual(text.count("<svg"), 1)
            self.assertIn("example-0001", text)
            for mid in ("PROBLEEMANALYSE", "PLAN_VAN_AANPAK", "REINTEGRATIEVERSLAG", "EINDE_WACHTTIJD"):
                self.assertIn(mid, text)
            self.assertIn("@page{size:A4", text)
            self.assertIn(WETTEN + "jci1.3:c:BWBR0013540&amp;artikel=2&amp;lid=2", text)
            self.assertNotIn("Wage continuation per month", text)  # no wage given
            run("report", *CASE, "--lang", "en", "-o", str(page) + ".2")
            self.assertEqual(page.read_bytes(), pathlib.Path(str(page) + ".2").read_bytes())
            self.assertEqual(sorted(os.listdir(d)), ["case.html", "case.html.2"])  # no .tmp left

    def test_wage_per_month(self):
        with tempfile.TemporaryDirectory() as d:
            page = pathlib.Path(d, "case.html")
            r = run("report", *CASE, "--monthly-wage", "3000", "--hours-per-week", "36", "-o", str(page))
            self.assertEqual(r.returncode, 0, r.stderr)
            text = page.read_text(encoding="utf-8")
            self.assertIn("Loondoorbetaling per maand", text)
            months = re.findall(r'<td class="d">(\d{4}-\d\d)</td><td class="n">', text)
            self.assertEqual(months[0], "2026-01")  # from the month of the first sick day (spec 4)
            self.assertEqual(months, sorted(set(months)))

    def test_needs_output_and_a_case(self):
        self.assertEqual(run("report", *CASE).returncode, 2)
        self.assertEqual(run("report", "-o", "x.html").returncode, 2)

    def sheet(self, d):
        path = pathlib.Path(d, "cases.csv")
        path.write_text("case_id;periods;Casemanager;naam\n"
                        "A-1;2026-01-01;Jan;Jansen\n"
                        "B-2;2025-06-01:2025-08-01 2025-08-10;Piet;Pietersen\n"
                        "C-3;2026-13-01;Jan;Claassen\n"
                        "D-4;2024-06-01;Jan;Dekker\n", encoding="utf-8")
        return path

    def test_cases_and_index(self):
        with tempfile.TemporaryDirectory() as d:
            out = pathlib.Path(d, "out")
            r = run("report", "--cases", str(self.sheet(d)), "--group-by", "Casemanager",
                    "--today", "2026-11-23", "-o", str(out))
            self.assertEqual(r.returncode, 1)  # C-3 has no 13th month
            self.assertIn("C-3", r.stderr)
            self.assertEqual(sorted(p.name for p in out.iterdir()),
                             ["A-1.html", "B-2.html", "D-4.html", "index.html"])
            index = (out / "index.html").read_text(encoding="utf-8")
            tags = parse_html(self, index)
            assert_self_contained(self, index, tags)
            self.assertEqual(re.findall(r'<h2 class="group">([^<]*)</h2>', index), ["Jan", "Piet"])
            cases = re.findall(r'<tr><td><a href="([^"]+)">[^<]*</a></td><td><svg', index)
            self.assertEqual(cases, ["A-1.html", "D-4.html", "B-2.html"])
            self.assertEqual(index.count("<svg"), 3)
            # the agenda of group Jan: A-1 (first sick day 2026-01-01) is past its week-6
            # probleemanalyse (sick day 42, 2026-02-11: spec 3), overdue on 2026-11-23
            jan = index.split('<h2 class="group">Piet</h2>')[0]
            self.assertRegex(jan, r'2026-02-11</td><td class="overdue">[^<]*</td><td><a href="A-1.html">')
            self.assertNotIn("B-2.html", jan)
            # D-4 is past the 104 weeks: its bar is full
            self.assertIn('aria-label="week 104 / 104"', index)
            for page in out.iterdir():
                text = page.read_text(encoding="utf-8")
                for name in ("Jansen", "Pietersen", "Claassen", "Dekker"):
                    self.assertNotIn(name, text, page.name)

    def test_group_by_unknown_column(self):
        with tempfile.TemporaryDirectory() as d:
            r = run("report", "--cases", str(self.sheet(d)), "--group-by", "Team", "-o", str(pathlib.Path(d, "o")))
            self.assertEqual(r.returncode, 2)
            self.assertIn("--group-by Team", r.stderr)

    def test_timeline_svg(self):
        r = run("timeline", *CASE, "--format", "svg", "--lang", "en")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith("<svg"))
        self.assertIn("case example-0001</title>", r.stdout)
        self.assertIn(">Probleemanalyse<", r.stdout)


if __name__ == "__main__":
    TOOL = os.path.abspath(sys.argv.pop(1))
    ROOT = os.path.abspath(sys.argv.pop(1))
    unittest.main()
