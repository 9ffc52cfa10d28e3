"""poortwachter(1) renders without a warning under `groff -man -ww`, is plain ASCII, agrees
with the tool's --help (the synopses of a command list the options of `COMMAND --help`;
OPTIONS and CASES FILE list every option and column of `--help`), and its example command
lines run.

usage: check_man.py GROFF PAGE TOOL
"""
import os
import re
import subprocess
import sys
import tempfile

groff, page, tool = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
failures = []

r = subprocess.run([groff, "-man", "-ww", "-Tutf8", "-z", page], capture_output=True, text=True)
if r.returncode != 0 or r.stderr:
    failures.append(f"groff -man -ww: exit {r.returncode}\n{r.stderr}")
source = open(page, "rb").read()
if any(b > 126 or (b < 32 and b != 10) for b in source):
    failures.append("the page is not plain ASCII")

text = subprocess.run([groff, "-man", "-Tutf8", "-P-cbou", page], capture_output=True, text=True,
                      check=True).stdout
sections = dict(re.findall(r"^([A-Z][A-Z ]+)\n(.*?)(?=^[A-Z][A-Z ]+\n|\Z)", text, re.M | re.S))


def tool_output(*args):
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def listed_options(help_text):
    """The options that a --help lists (the labels at the start of a line), without --help."""
    found = set(re.findall(r"^  (?:-\w, )?(--[a-z-]+)", help_text, re.M))
    return found - {"--help"}


# the synopses: "poortwachter COMMAND ..." paragraphs
synopses = {}
for para in re.split(r"\n\s*\n", sections.get("SYNOPSIS", "")):
    words = para.split()
    if len(words) > 1 and words[0] == "poortwachter" and not words[1].startswith(("-", "[")):
        synopses.setdefault(words[1], []).append(set(re.findall(r"--[a-z-]+", para)))
overall = tool_output("--help")
commands = re.findall(r"^ +poortwachter (\w+) \[options\]", overall, re.M)
if not commands:
    failures.append("--help lists no commands")
for cmd in commands:
    expected = listed_options(tool_output(cmd, "--help"))
    shown = set().union(*synopses.get(cmd, [set()]))
    if shown != expected:
        failures.append(f"SYNOPSIS of {cmd}: {sorted(shown ^ expected)} differ from '{cmd} --help'")

options_section = sections.get("OPTIONS", "")
for option in listed_options(overall) | {"--help"}:
    if not re.search(r"^ {7}(-\w, )?" + re.escape(option) + r"\b", options_section, re.M):
        failures.append(f"OPTIONS has no {option}")
columns = re.findall(r"^  (\w+) +like --", overall, re.M)
if not columns:
    failures.append("--help lists no columns of a cases file")
for column in columns:
    if not re.search(r"^ {7}" + column + r"\b", sections.get("CASES FILE", ""), re.M):
        failures.append(f"CASES FILE has no column {column}")
for name in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "CASES FILE", "EXIT STATUS", "EXAMPLES"):
    if name not in sections:
        failures.append(f"no section {name}")

# the examples run, in a folder with a cases file and a previous feed
joined = re.sub(r" \\\n +", " ", sections.get("EXAMPLES", ""))
examples = re.findall(r"^ {7}(poortwachter\b.*)$", joined, re.M)
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "cases.csv"), "w", encoding="utf-8") as f:
        f.write("case_id,periods\nA-1,2026-01-01\n")
    for line in examples:
        args = line.split()[1:]
        if "--previous" in args:  # first the feed it carries over
            i = args.index("--previous")
            subprocess.run([tool, *(args[:i] + args[i + 2:])], cwd=d, capture_output=True, check=True)
        r = subprocess.run([tool, *args], cwd=d, capture_output=True, text=True)
        if r.returncode != 0:
            failures.append(f"example '{line}' exits {r.returncode}: {r.stderr}")
if len(examples) < 3:
    failures.append(f"EXAMPLES has {len(examples)} command lines")

if failures:
    sys.exit(f"{page}:\n" + "\n".join(failures))
print(f"{page}: renders cleanly, agrees with --help, {len(examples)} examples run")
