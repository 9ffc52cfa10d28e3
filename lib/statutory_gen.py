"""Write the built-in statutory rows (C) from lib/statutory.txt; run by meson at build time.

    statutory_gen.py statutory.txt params.h statutory_rows.h

The table ids come from enum poort_table in params.h (TABLE_ + the name in capitals), so
the order of the rows is the order lib/params.c searches them in. The format is described
at the top of statutory.txt; a line that does not follow it stops the build with its
line number.
"""

import datetime
import re
import sys

EPOCH = datetime.date(1970, 1, 1).toordinal()
VALUE = re.compile(r"^([0-9]{1,9})(?:[.,]([0-9]{1,2}))?$")
AGES = {"wml_month": (15, 21), "wml_week": (15, 21), "wml_day": (15, 21),
        "youth": (15, 20), "bbl": (15, 20)}


def tables(header):
    body = re.search(r"enum poort_table \{(.*?)\}", open(header, encoding="utf-8").read(), re.S)
    ids = re.findall(r"\bTABLE_([A-Z0-9_]+)", re.sub(r"/\*.*?\*/", "", body.group(1), flags=re.S))
    return [i.lower() for i in ids if i != "COUNT"]


def row(fields, order):
    table, when, key, value, source = fields
    if table not in order:
        raise ValueError(f"unknown table '{table}'")
    day = datetime.date.fromisoformat(when)
    lo, hi = AGES.get(table, (None, None))
    if (key == "") != (lo is None) or (key and not (key.isdigit() and lo <= int(key) <= hi)):
        raise ValueError(f"key '{key}': an age {lo}-{hi} for {table}" if lo else f"key '{key}': none for {table}")
    m = VALUE.match(value)
    if not m or not source.strip():
        raise ValueError("a value with at most two decimals and a source are required")
    cents = int(m.group(1)) * 100 + int((m.group(2) or "0").ljust(2, "0"))
    derived = int(source.lower().startswith("derived"))
    return (order.index(table), int(key or 0), day.toordinal() - EPOCH, derived, cents, source.strip(), when)


def main(data, header, out):
    order = tables(header)
    rows, seen = [], set()
    for n, line in enumerate(open(data, encoding="utf-8"), 1):
        line = line.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            fields = line.split(";", 4)
            if len(fields) != 5:
                raise ValueError("five fields separated by ';' are required")
            r = row(fields, order)
        except ValueError as e:
            sys.exit(f"{data}:{n}: {e}")
        if r[:3] in seen:
            sys.exit(f"{data}:{n}: a second row for {fields[0]} {fields[1]} {fields[2]}")
        seen.add(r[:3])
        rows.append(r)
    text = ["/* Generated from lib/statutory.txt by lib/statutory_gen.py: do not edit. */",
            "static const struct poort_table_row builtin_rows[] = {"]
    for t, key, day, derived, cents, source, when in sorted(rows):
        quoted = source.replace("\\", "\\\\").replace('"', '\\"')
        text.append(f'\t{{TABLE_{order[t].upper()}, {key}, {day}, {derived}, {cents}, "{quoted}"}}, /* {when} */')
    text.append("};")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(text) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
