"""The timeline drawings rendered in a real browser: headless Chromium (Debian's `chromium`)
turns each SVG into a PNG and a PDF. The drawing must be well-formed XML (parsed with
xml.etree), refer to nothing outside itself, render without console errors, and come out
the size it says with its bands and markers in their colours. Run by meson test with the
path of tests/svg_cases; skipped (exit 77) when chromium is not installed.

    test_svg_render.py SVG_CASES [--save-example PNG]

--save-example also keeps the built-in example's English drawing as a PNG (docs/).
"""

import os
import pathlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zlib

SVG_CASES = None
SAVE_EXAMPLE = None
CHROMIUM = shutil.which("chromium")
NS = "{http://www.w3.org/2000/svg}"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--enable-logging=stderr", "--v=0"]
# colours of lib/svg.c that a rendered drawing must show (RGB)
SICK, YEAR1, YEAR2, DONE, OVERDUE, UPCOMING = ((0xE5, 0x73, 0x73), (0x90, 0xCA, 0xF9), (0x64, 0xA7, 0xE8),
                                               (0x2E, 0x7D, 0x32), (0xC6, 0x28, 0x28), (0x1F, 0x5F, 0xA8))
LEAVE, EXTENSION, LOONSANCTIE = (0xB3, 0x9D, 0xDB), (0xFF, 0xE0, 0x82), (0xFF, 0xAB, 0x91)


def png_pixels(data):
    """Width, height and the set of RGB colours of an 8-bit RGB or RGBA PNG, decoded here
    (zlib and the five PNG filters) so that no imaging library is needed."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    prev = bytearray(stride)
    colours = set()
    for y in range(height):
        kind = raw[y * (stride + 1)]
        row = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        unfilter(kind, row, prev, bpp)
        colours.update(zip(row[0::bpp], row[1::bpp], row[2::bpp]))
        prev = row
    return width, height, colours


def unfilter(kind, row, prev, bpp):
    if kind == 1:
        for i in range(bpp, len(row)):
            row[i] = (row[i] + row[i - bpp]) & 0xFF
    elif kind == 2:
        row[:] = bytes((a + b) & 0xFF for a, b in zip(row, prev))
    elif kind == 3:
        for i in range(len(row)):
            left = row[i - bpp] if i >= bpp else 0
            row[i] = (row[i] + (left + prev[i]) // 2) & 0xFF
    elif kind == 4:
        for i in range(len(row)):
            a = row[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
    else:
        assert kind == 0, f"PNG filter {kind}"


def near(colours, rgb, tolerance=6):
    return any(all(abs(c[k] - rgb[k]) <= tolerance for k in range(3)) for c in colours)


def chromium(svg, out_flag, height, work, width=1400):
    """Run headless Chromium on the drawing (or a page); returns its log (stderr)."""
    profile = tempfile.mkdtemp(dir=work)
    r = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", out_flag,
                        f"--window-size={width},{height}", svg.as_uri()],
                       capture_output=True, timeout=180, stdin=subprocess.DEVNULL)
    log = r.stderr.decode(errors="replace")
    assert r.returncode == 0, log[-2000:]
    for bad in ("Uncaught", "ERROR:CONSOLE"):
        assert bad not in log, f"{svg.name}: {bad} in the browser's log:\n{log[-2000:]}"
    return log


class Render(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = pathlib.Path(cls.tmp.name)
        subprocess.run([SVG_CASES, str(cls.dir)], check=True, timeout=120)
        cls.svgs = sorted(cls.dir.glob("*.svg"))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_cases_written(self):
        self.assertEqual([p.name for p in self.svgs],
                         ["busy-en.svg", "busy-nl.svg", "example-en.svg", "example-nl.svg"])

    def test_well_formed_and_self_contained(self):
        for path in self.svgs:
            with self.subTest(path.name):
                text = path.read_text(encoding="utf-8")
                root = ET.fromstring(text)
                self.assertEqual(root.tag, NS + "svg")
                self.assertEqual([c.tag for c in root[:2]], [NS + "title", NS + "desc"])
                self.assertTrue(root[0].text and root[1].text)
                self.assertEqual(root.get("font-family"), "sans-serif")
                for el in root.iter():
                    self.assertNotIn(el.tag.removeprefix(NS), {"script", "foreignObject", "image", "a",
                                                               "use", "iframe"})
                    for name, value in el.attrib.items():
                        self.assertNotEqual(name.split("}")[-1], "href", el.tag)
                        self.assertNotRegex(value, r"url\(|javascript:|^on", name)
                        self.assertFalse(name.startswith("on"), name)
                for style in root.iter(NS + "style"):
                    self.assertNotRegex(style.text, r"@import|url\(|@font-face")
                    families = re.findall(r"font-family:([^;}]*)", style.text)
                    self.assertEqual([f for f in families if f.strip() != "sans-serif"], [])
                # the only address in the text is the SVG namespace's name
                self.assertEqual(re.findall(r"[a-z]+://[^\"' ]*", text), ["http://www.w3.org/2000/svg"])
                self.assertNotIn("<script", text)

    def test_png(self):
        for path in self.svgs:
            with self.subTest(path.name):
                height = int(ET.parse(path).getroot().get("height"))
                png = path.with_suffix(".png")
                chromium(path, f"--screenshot={png}", height, self.dir)
                width, got_height, colours = png_pixels(png.read_bytes())
                self.assertEqual((width, got_height), (1400, height))
                self.assertGreater(len(colours), 50)  # text, bands and markers, not a blank page
                for name, rgb in (("sick", SICK), ("year 1", YEAR1), ("year 2", YEAR2), ("done", DONE),
                                  ("overdue", OVERDUE), ("upcoming", UPCOMING)):
                    self.assertTrue(near(colours, rgb), f"no {name} colour in {png.name}")
                if path.name.startswith("busy"):
                    for name, rgb in (("leave", LEAVE), ("extension", EXTENSION),
                                      ("loonsanctie", LOONSANCTIE)):
                        self.assertTrue(near(colours, rgb), f"no {name} colour in {png.name}")
                if SAVE_EXAMPLE and path.name == "example-en.svg":
                    shutil.copyfile(png, SAVE_EXAMPLE)

    def test_pdf(self):
        for path in self.svgs:
            with self.subTest(path.name):
                pdf = path.with_suffix(".pdf")
                chromium(path, f"--print-to-pdf={pdf}", 700, self.dir)
                data = pdf.read_bytes()
                self.assertTrue(data.startswith(b"%PDF-"))
                self.assertGreater(len(data), 2000)
                self.assertRegex(data, rb"/Type\s*/Page\b")


def arguments_or_skip(doc):
    """The first argument and the PNG of --save-example (or None), taken off sys.argv; exit
    with the usage without an argument, 77 (skipped) when chromium is not installed."""
    if len(sys.argv) < 2:
        sys.exit(doc)
    first, save = sys.argv.pop(1), None
    if "--save-example" in sys.argv:
        i = sys.argv.index("--save-example")
        save = sys.argv[i + 1]
        del sys.argv[i:i + 2]
    if not CHROMIUM:
        print("chromium is not installed (Debian package chromium): skipped")
        sys.exit(77)
    os.environ.setdefault("HOME", tempfile.gettempdir())
    return first, save


if __name__ == "__main__":
    SVG_CASES, SAVE_EXAMPLE = arguments_or_skip(__doc__)
    unittest.main()
