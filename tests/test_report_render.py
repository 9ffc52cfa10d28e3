"""The case report and the rule catalogue rendered in a real browser: headless Chromium
(Debian's `chromium`, with the flags of test_svg_render.py) prints the built-in example's
report and the catalogue to PDF and takes a screenshot of the report: both render without
console errors, the PDF has A4 pages, and the screenshot shows the drawing's colours.
Skipped (exit 77) when chromium is not installed.

    test_report_render.py TOOL [--save-example PNG]

--save-example keeps the screenshot of the built-in example's report (docs/).
"""

import os
import pathlib
import re
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_svg_render import (DONE, OVERDUE, SICK, arguments_or_skip, chromium, near,  # noqa: E402
                             png_pixels)

TOOL = SAVE_EXAMPLE = None
# the built-in example of the command-line tool (examples/cli_commands.c), in English
EXAMPLE = ["--period", "2026-01-01:2026-03-15", "--period", "2026-04-06",
           "--done", "ZIEKMELDING_ARBODIENST=2026-01-05", "--done", "PROBLEEMANALYSE=2026-02-05",
           "--done", "PLAN_VAN_AANPAK=2026-02-18", "--done", "EVALUATIE=2026-04-01",
           "--case-id", "example-0001", "--today", "2026-11-23", "--lang", "en",
           "--monthly-wage", "3200", "--hours-per-week", "36"]
A4_POINTS = (595, 842)  # 210 x 297 mm


class Render(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = pathlib.Path(cls.tmp.name)
        cls.report = cls.dir / "report.html"
        subprocess.run([TOOL, "report", *EXAMPLE, "-o", str(cls.report)], check=True, timeout=120)
        cls.rules = cls.dir / "rules.html"
        cls.rules.write_text(subprocess.run([TOOL, "rules", "--format", "html", "--lang", "en"], check=True,
                                            capture_output=True, text=True, timeout=120).stdout)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_pdf_on_a4(self):
        for page in (self.report, self.rules):
            with self.subTest(page.name):
                pdf = page.with_suffix(".pdf")
                chromium(page, f"--print-to-pdf={pdf}", 1200, self.dir)
                data = pdf.read_bytes()
                self.assertTrue(data.startswith(b"%PDF-"))
                self.assertGreater(len(data), 10000)
                pages = re.findall(rb"/Type\s*/Page\b", data)
                self.assertGreaterEqual(len(pages), 2)  # milestones, dossier and wage do not fit one
                boxes = {tuple(round(float(v)) for v in m.split()[2:4])
                         for m in re.findall(rb"/MediaBox\s*\[\s*([-0-9. ]+)\]", data)}
                # the report asks for A4 portrait, the catalogue for A4 landscape
                self.assertTrue(boxes and boxes <= {A4_POINTS, A4_POINTS[::-1]}, boxes)

    def test_screenshot(self):
        png = self.dir / "report.png"
        chromium(self.report, f"--screenshot={png}", 1000, self.dir)
        width, height, colours = png_pixels(png.read_bytes())
        self.assertEqual((width, height), (1400, 1000))
        self.assertGreater(len(colours), 50)
        for name, rgb in (("sick", SICK), ("done", DONE), ("overdue", OVERDUE)):
            self.assertTrue(near(colours, rgb), f"no {name} colour in the report")
        if SAVE_EXAMPLE:
            small = self.dir / "small.png"
            chromium(self.report, f"--screenshot={small}", 900, self.dir, width=1000)
            pathlib.Path(SAVE_EXAMPLE).write_bytes(small.read_bytes())


if __name__ == "__main__":
    TOOL, SAVE_EXAMPLE = arguments_or_skip(__doc__)
    TOOL = os.path.abspath(TOOL)
    unittest.main()
