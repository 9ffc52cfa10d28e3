#!/usr/bin/python3
"""Mutation run: which rules of lib/ does no test hold?

Changes the library's C sources one small edit (a "mutant") at a time, rebuilds, runs
the suites that hold the rules and counts the mutants no test notices. A surviving
mutant is a missing edge test or dead code; one that cannot change behaviour is listed,
with the reason, in tests/mutation-equivalent.txt.

    /usr/bin/python3 tests/mutate.py                        # every mutant of lib/*.c
    /usr/bin/python3 tests/mutate.py --files lib/dates.c    # one file (or several)
    /usr/bin/python3 tests/mutate.py --sample 300 --seed 1  # a fixed random sample
    /usr/bin/python3 tests/mutate.py -j2 --list             # list the mutants only
    /usr/bin/python3 tests/mutate.py --new-test edges       # also the score without a new test
    /usr/bin/python3 tests/mutate.py --sanitize             # out-of-bounds access kills too
    /usr/bin/python3 tests/mutate.py --sample 600 --json run.json   # save every result,
    /usr/bin/python3 tests/mutate.py --sample 600 --retry run.json  # then retry its survivors

Mutation operators (kept small on purpose, one edit per mutant):
  boundary  a relational operator moved across its boundary: < and <=, > and >=,
            == and != (each is flipped to its partner)
  constant  a decimal integer constant plus one and minus one (array sizes in
            declarations, #include/#if lines, __attribute__, strings and characters
            are left alone)
  logic     && and || exchanged
  negate    the condition of an `if` negated: if (c) becomes if (!(c))

How it runs: the source tree (tracked and untracked files that git does not ignore) is
copied to build-mut/wN/src and configured once in build-mut/wN/build (-O2 without debug
information), one copy per parallel worker. Only the copy is ever mutated, and the copy is
restored after every mutant (in a `finally`), so the working tree is never touched, even on
Ctrl-C. ninja then recompiles just the mutated object; the library's exported symbols do
not change, so nothing else relinks. A mutant whose object code is byte-identical to the
unmutated object (the compiler proved it the same) counts as equivalent without running
the tests. The suites run fastest first and stop at the first failure; a test taking far
longer than it did unmutated is stopped and the mutant counts as killed.

Score = killed / (mutants that compile - equivalent). Survivors are printed as
"file:line (function): original line  →  mutated line"; --keys also prints the line to add
to tests/mutation-equivalent.txt when a survivor is truly equivalent. The files are found,
not listed: every lib/*.c that the build compiles (or --files), so a renamed or split file
needs no change here; an entry of the equivalence list that no longer matches any mutant
is reported after a full run.

All of lib/ is some 5 500 mutants: two and a half hours or more on two cores. --sample N
--seed S takes a fixed random sample; 600 take about 17 minutes, so CI can run
`tests/mutate.py -j2 --sample 400 --seed 1 --min-score 75` in about 12 (plus the first build).
"""

import argparse
import bisect
import hashlib
import json
import os
import pathlib
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time

DEFAULT_SUITES = ("c", "cli", "python", "calendar")
# tests of those suites that check packaging, not rules, and take seconds each
DEFAULT_SKIP = ("python-install", "python-pip")
EQUIVALENT_FILE = "tests/mutation-equivalent.txt"
WORK_DIR = "build-mut"

# ------------------------------------------------------------------ tokenizing C

TOKEN_RE = re.compile(
    r"""
     (?P<nl>\n)
    |(?P<ws>(?:[ \t\r\f\v]|\\\n)+)
    |(?P<comment>//[^\n]*|/\*.*?\*/)
    |(?P<str>(?:u8|u|U|L)?"(?:\\.|[^"\\\n])*")
    |(?P<chr>(?:u|U|L)?'(?:\\.|[^'\\\n])+')
    |(?P<num>\.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.])*)
    |(?P<id>[A-Za-z_][A-Za-z0-9_]*)
    |(?P<op>\.\.\.|<<=|>>=|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&|^]=|\#\#
           |[][(){}.,;:?~!<>=+\-*/%&|^\#])
    |(?P<other>.)
    """,
    re.S | re.X,
)
KEYWORDS_BEFORE_EXPR = {"return", "sizeof", "case", "else", "do", "goto", "if", "while",
                        "for", "switch", "_Alignof", "alignof"}


class Tok:
    __slots__ = ("kind", "text", "start", "end", "define")

    def __init__(self, kind, text, start, end, define):
        self.kind, self.text, self.start, self.end, self.define = kind, text, start, end, define


def tokenize(text, comments=None):
    """Tokens of a C file, without comments and white space. Preprocessor directives are
    dropped except #define, whose replacement text is kept (tok.define = macro name). The
    spans of the comments are appended to `comments` when it is given."""
    toks, line_start, directive, define = [], True, None, None
    for mo in TOKEN_RE.finditer(text):
        kind, s = mo.lastgroup, mo.group()
        if kind == "comment" and comments is not None:
            comments.append((mo.start(), mo.end()))
        if kind == "nl" or (kind == "comment" and "\n" in s and directive is None):
            line_start, directive, define = True, None, None
            continue
        if kind in ("ws", "comment"):
            continue
        if line_start and s == "#":
            directive, line_start = "", False
            continue
        line_start = False
        if directive == "":
            directive = s
            continue
        if directive is not None and directive != "define":
            continue
        if directive == "define" and define is None:
            define = s  # the macro name itself is not a mutation site
            continue
        toks.append(Tok(kind, s, mo.start(), mo.end(), define))
    return toks


def matching(toks, i, open_="(", close=")"):
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].text == open_:
            depth += 1
        elif toks[j].text == close:
            depth -= 1
            if depth == 0:
                return j
    return None


def scopes(toks):
    """For each token, the function (or table, or macro) it lies in; "" at file level."""
    out, depth, current = [], 0, ""
    for i, t in enumerate(toks):
        if t.define is not None:
            out.append("#define " + t.define)
            continue
        if t.text == "{" and depth == 0:
            current = scope_name(toks, i)
        if t.text == "{":
            depth += 1
        out.append(current if depth else "")
        if t.text == "}":
            depth = max(depth - 1, 0)
    return out


def scope_name(toks, i):
    j = i - 1
    if j >= 0 and toks[j].text == ")":  # a function: name before its parameter list
        depth = 0
        while j >= 0:
            depth += toks[j].text == ")"
            depth -= toks[j].text == "("
            if depth == 0:
                break
            j -= 1
        return toks[j - 1].text if j > 0 and toks[j - 1].kind == "id" else ""
    while j >= 0 and toks[j].text in ("=", "]") or (j >= 0 and toks[j - 1].text == "["):
        j -= 1  # a table: `name[...] = {`
    while j >= 0 and toks[j].kind != "id":
        j -= 1
    return toks[j].text if j >= 0 else ""


def is_array_size(toks, i):
    """A constant that sizes an array in a declaration: `type name[N]` (or `name[][N]`)."""
    if i == 0 or i + 1 >= len(toks) or toks[i - 1].text != "[" or toks[i + 1].text != "]":
        return False
    j = i - 1
    while j >= 0 and toks[j].text == "[":
        j -= 1
        while j >= 0 and toks[j].text == "]":  # skip earlier [..] groups
            while j >= 0 and toks[j].text != "[":
                j -= 1
            j -= 1
        if j >= 0 and toks[j].text == "]":
            continue
    if j < 1 or toks[j].kind != "id":
        return False
    before = toks[j - 1]
    if before.text == ",":  # `type a[N], b[M]`: a declaration if the statement starts with two names
        k = j - 1
        while k > 0 and toks[k - 1].text not in (";", "{", "}") and toks[k - 1].define == before.define:
            k -= 1
        return (toks[k].kind == "id" and toks[k].text not in KEYWORDS_BEFORE_EXPR
                and toks[k + 1].kind == "id" or toks[k + 1].text == "*")
    return (before.kind == "id" and before.text not in KEYWORDS_BEFORE_EXPR) or before.text == "*"


# ---------------------------------------------------------------- mutation sites

FLIP = {"<": "<=", "<=": "<", ">": ">=", ">=": ">", "==": "!=", "!=": "==",
        "&&": "||", "||": "&&"}
INT_RE = re.compile(r"^(0|[1-9][0-9]*)([uUlL]*)$")


class Mutant:
    __slots__ = ("file", "start", "end", "new", "label", "line", "scope", "line_text", "nth",
                 "source", "result", "detail")

    def __init__(self, file, start, end, new, label, source):
        self.file, self.start, self.end, self.new, self.label = file, start, end, new, label
        self.source, self.result, self.detail = source, None, ""

    def mutated_source(self):
        return self.source[:self.start] + self.new + self.source[self.end:]

    def key(self):
        suffix = "" if self.nth == 1 else f" #{self.nth}"
        return f"{self.file}:{self.scope} :: {self.line_text} :: {self.label}{suffix}"

    def display(self):
        """file:line (scope): original line -> mutated line."""
        a = self.source.rfind("\n", 0, self.start) + 1
        b = self.source.find("\n", self.end)
        b = len(self.source) if b < 0 else b
        before = " ".join(self.source[a:b].split())
        after = " ".join((self.source[a:self.start] + self.new + self.source[self.end:b]).split())
        scope = f" ({self.scope})" if self.scope else ""
        return f"{self.file}:{self.line}{scope}: {before}  →  {after}"


def attribute_tokens(toks):
    """Indices of the tokens inside __attribute__((...)): compile-time checks, not code."""
    inside = set()
    for i, t in enumerate(toks):
        if t.text == "__attribute__" and i + 1 < len(toks):
            close = matching(toks, i + 1)
            inside.update(range(i, (close or i) + 1))
    return inside


def sites(toks):
    """(token index, start, end, replacement, label) for every mutation of the file."""
    skip = attribute_tokens(toks)
    for i, t in enumerate(toks):
        if i in skip:
            continue
        if t.kind == "op" and t.text in FLIP:
            yield i, t.start, t.end, FLIP[t.text], f"{t.text} → {FLIP[t.text]}"
        elif t.kind == "num" and INT_RE.match(t.text) and not is_array_size(toks, i):
            value, suffix = INT_RE.match(t.text).groups()
            for delta in (1, -1):
                v = int(value) + delta
                new = f"{v}{suffix}" if v >= 0 else f"({v}{suffix})"
                yield i, t.start, t.end, new, f"{t.text} → {new}"
        elif t.kind == "id" and t.text == "if" and i + 1 < len(toks) and toks[i + 1].text == "(":
            close = matching(toks, i + 1)
            if close is None:
                continue
            # the edit spans the whole condition; mutants_of() wraps it in !( )
            yield i, toks[i + 1].end, toks[close].start, None, "negate if"


def mutants_of(root, rel):
    source = (root / rel).read_text(encoding="utf-8")
    comments = []
    toks = tokenize(source, comments)
    # the text of the lines without comments: what the equivalence list matches
    bare = list(source)
    for a, b in comments:
        bare[a:b] = [c if c == "\n" else " " for c in bare[a:b]]
    bare = "".join(bare)
    scope = scopes(toks)
    line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
    found, seen = [], {}
    for i, start, end, new, label in sites(toks):
        if new is None:  # negate: wrap the condition
            new = "!(" + source[start:end] + ")"
        m = Mutant(rel, start, end, new, label, source)
        m.line = bisect.bisect_right(line_starts, start)
        m.scope = scope[i]
        a = line_starts[m.line - 1]
        b = source.find("\n", a)
        m.line_text = " ".join(bare[a:b if b >= 0 else len(source)].split())
        k = (m.scope, m.line_text, label)
        seen[k] = m.nth = seen.get(k, 0) + 1
        found.append(m)
    return found


# --------------------------------------------------------------- equivalent list

def load_equivalent(root, name=EQUIVALENT_FILE):
    """{key: reason} from tests/mutation-equivalent.txt. A line is
    `FILE[:FUNCTION] :: LINE TEXT :: MUTATION :: REASON`; without :FUNCTION it matches the
    line in any function of the file."""
    path = root / name
    entries = {}
    if not path.exists():
        return entries
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" :: ")]
        if len(parts) != 4 or not parts[3]:
            sys.exit(f"{path}:{n}: expected FILE[:FUNCTION] :: LINE :: MUTATION :: REASON")
        where, text, mutation, reason = parts
        entries[(where, " ".join(text.split()), mutation)] = reason
    return entries


def equivalent_reason(entries, m):
    suffix = "" if m.nth == 1 else f" #{m.nth}"
    for where in (f"{m.file}:{m.scope}", m.file):
        reason = entries.get((where, m.line_text, m.label + suffix))
        if reason is not None:
            return (where, m.line_text, m.label + suffix), reason
    return None, None


# -------------------------------------------------------------------- the copies

def source_files(root):
    try:
        out = subprocess.run(["git", "-C", str(root), "ls-files", "-z", "--cached", "--others",
                              "--exclude-standard"], capture_output=True, check=True).stdout
        files = [f for f in out.decode().split("\0") if f]
    except (OSError, subprocess.CalledProcessError):
        files = [str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()
                 and not any(part.startswith((".git", "build", "__pycache__"))
                             for part in p.relative_to(root).parts)]
    return sorted(f for f in files if (root / f).is_file())


def sync_copy(root, files, dst):
    """Make dst hold exactly the files of the tree; rewrite only what differs (so ninja
    rebuilds only that), with a fresh modification time."""
    wanted = set(files)
    for f in files:
        src, out = root / f, dst / f
        try:
            data = src.read_bytes()
        except FileNotFoundError:  # removed since it was listed
            continue
        if not out.exists() or out.read_bytes() != data:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
        shutil.copymode(src, out)
    for p in sorted(dst.rglob("*"), reverse=True):
        rel = str(p.relative_to(dst))
        if p.is_file() and rel not in wanted:
            p.unlink()


class Worker:
    """One copy of the tree with its own build directory."""

    def __init__(self, root, n, sanitize):
        self.sanitize = sanitize
        self.dir = root / WORK_DIR / (f"asan-w{n}" if sanitize else f"w{n}")
        self.src, self.build = self.dir / "src", self.dir / "build"
        self.proc = None
        self.lock = threading.Lock()
        self.stopping = False

    def prepare(self, root, files):
        self.src.mkdir(parents=True, exist_ok=True)
        sync_copy(root, files, self.src)
        if not (self.build / "build.ninja").exists():
            sanitize = ["-Db_sanitize=address,undefined", "-Db_lundef=false"] if self.sanitize else []
            run_checked(["meson", "setup", str(self.build), str(self.src),
                         "--buildtype=debugoptimized", "-Ddebug=false", *sanitize])
        run_checked(["ninja", "-C", str(self.build)])
        self.objects = objects_by_source(self.build)
        self.baseline = {f: digest(objs) for f, objs in self.objects.items()}

    def run(self, cmd, timeout, cwd=None, env=None):
        """Run cmd in its own process group; returns (exit status or None on timeout, output)."""
        with self.lock:
            if self.stopping:
                return -1, ""
            self.proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        try:
            out, _ = self.proc.communicate(timeout=timeout)
            return self.proc.returncode, out.decode(errors="replace")
        except subprocess.TimeoutExpired:
            self.kill()
            self.proc.communicate()
            return None, ""
        finally:
            with self.lock:
                self.proc = None

    def stop(self):
        with self.lock:
            self.stopping = True
        self.kill()

    def kill(self):
        with self.lock:
            if self.proc and self.proc.poll() is None:
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass


def run_checked(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{shlex.join(cmd)} failed:\n{r.stdout}{r.stderr}")


def objects_by_source(build):
    """{source path relative to the tree: [object files]} from compile_commands.json."""
    out = {}
    src_root = (build / ".." / "src").resolve()
    for e in json.loads((build / "compile_commands.json").read_text()):
        path = (build / e.get("directory", ".") / e["file"]).resolve()
        words = shlex.split(e["command"]) if "command" in e else e["arguments"]
        obj = e.get("output") or words[words.index("-o") + 1]
        if src_root in path.parents:
            out.setdefault(str(path.relative_to(src_root)), []).append(build / obj)
    return out


def digest(paths):
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.read_bytes())
    return h.hexdigest()


# ------------------------------------------------------------------------- tests

def load_tests(build, suites, skip, sanitize):
    """The selected tests of the build, as meson would run them."""
    tests = []
    for t in json.loads((build / "meson-info" / "intro-tests.json").read_text()):
        names = {s.split(":", 1)[-1] for s in t["suite"]}
        if names & set(suites) and t["name"] not in skip:
            env = dict(os.environ, **t["env"])
            if sanitize:  # meson test --setup sanitize does the same
                env.setdefault("UBSAN_OPTIONS", "halt_on_error=1:abort_on_error=1")
            tests.append({"name": t["name"], "cmd": t["cmd"], "env": env,
                          "cwd": t["workdir"] or str(build), "timeout": t["timeout"]})
    if not tests:
        sys.exit(f"no tests in the suites {', '.join(suites)}")
    return tests


def baseline_tests(worker, tests, factor, new):
    """Run every test unmutated (all must pass), order them fastest first (the tests named
    in new last) and give each a time limit of factor times its own time (at least 10 s)."""
    for t in tests:
        began = time.monotonic()
        rc, out = worker.run(t["cmd"], t["timeout"] * 2, cwd=t["cwd"], env=t["env"])
        t["seconds"] = time.monotonic() - began
        if rc != 0:
            sys.exit(f"test {t['name']} fails without any mutation (status {rc}):\n{out[-3000:]}")
        t["limit"] = max(10.0, factor * t["seconds"])
    tests.sort(key=lambda t: (t["name"] in new, t["seconds"]))


def try_mutant(worker, m, tests):
    """Apply m to the worker's copy, build, test; always restore the copy."""
    path = worker.src / m.file
    try:
        path.write_text(m.mutated_source(), encoding="utf-8")
        rc, out = worker.run(["ninja", "-C", str(worker.build)], 600)
        if rc != 0:
            m.result, m.detail = "stillborn", "does not compile"
            return
        objs = worker.objects.get(m.file, [])
        if objs and digest(objs) == worker.baseline[m.file]:
            m.result, m.detail = "equivalent", "same object code"
            return
        for t in tests:
            rc, _ = worker.run(t["cmd"], t["limit"], cwd=t["cwd"], env=t["env"])
            if rc != 0:
                m.result = "killed"
                m.detail = t["name"] + (" (timeout)" if rc is None else "")
                return
        m.result = "survived"
    finally:
        path.write_text(m.source, encoding="utf-8")


# --------------------------------------------------------------------------- run

def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=__doc__.split("\n\n", 1)[1])
    p.add_argument("--files", nargs="+", metavar="FILE",
                   help="C files to mutate (default: every lib/*.c compiled into the build)")
    p.add_argument("--sample", type=int, metavar="N", help="run a random sample of N mutants")
    p.add_argument("--seed", type=int, default=1, help="seed of the sample (default 1)")
    p.add_argument("-j", "--jobs", type=int, default=1, help="parallel workers (default 1)")
    p.add_argument("--suite", action="append", metavar="NAME",
                   help=f"meson test suite to run (repeatable; default {' '.join(DEFAULT_SUITES)})")
    p.add_argument("--skip-test", action="append", metavar="NAME",
                   help=f"a test of those suites not to run (repeatable; default {' '.join(DEFAULT_SKIP)})")
    p.add_argument("--new-test", action="append", default=[], metavar="NAME",
                   help="a test being added (repeatable): it runs last, and the score is also "
                        "given without it")
    p.add_argument("--timeout-factor", type=float, default=10.0,
                   help="a test running this many times longer than unmutated is stopped")
    p.add_argument("--sanitize", action="store_true",
                   help="build with ASan and UBSan, so that reading or writing out of bounds "
                        "kills a mutant (slower; its own build directories)")
    p.add_argument("--list", action="store_true", help="list the mutants and stop")
    p.add_argument("--stale", action="store_true",
                   help="list the entries of the equivalence list that match no mutant now, and stop")
    p.add_argument("--keys", action="store_true",
                   help="print each survivor's line for tests/mutation-equivalent.txt")
    p.add_argument("--json", metavar="FILE", help="write every mutant and its result as JSON")
    p.add_argument("--equivalent", default=EQUIVALENT_FILE, metavar="FILE",
                   help=f"the list of equivalent mutants (default {EQUIVALENT_FILE}; /dev/null to "
                        "run the listed ones too, e.g. to check that they still survive)")
    p.add_argument("--rescore", metavar="FILE",
                   help="score a run saved with --json again with the current equivalence list")
    p.add_argument("--retry", metavar="FILE",
                   help="run only the mutants that survived in a run saved with --json (of "
                        "--files if given), e.g. to check that new tests kill them")
    p.add_argument("--min-score", type=float, metavar="PERCENT",
                   help="exit 1 when the score is below this")
    p.add_argument("-v", "--verbose", action="store_true", help="a line per mutant")
    return p.parse_args(argv)


def select_mutants(root, args, compiled):
    if args.files:  # in the order given, so that the ones that matter most come first
        files = [str(pathlib.Path(f).resolve().relative_to(root)) for f in args.files]
    else:
        files = sorted(str(p.relative_to(root)) for p in (root / "lib").glob("*.c"))
    for f in files:
        if compiled is not None and f not in compiled:
            print(f"note: {f} is not compiled in the build; skipped", file=sys.stderr)
    files = [f for f in files if compiled is None or f in compiled]
    every = [m for f in files for m in mutants_of(root, f)]
    chosen = every
    if args.sample is not None and args.sample < len(every):
        chosen = random.Random(args.seed).sample(every, args.sample)
        order = {f: i for i, f in enumerate(files)}
        chosen.sort(key=lambda m: (order[m.file], m.start, m.new))
    if args.retry:  # only the survivors of a saved run (that still exist)
        saved = json.loads(pathlib.Path(args.retry).read_text())
        keys = {e["key"] for e in saved if e["result"] == "survived"}
        chosen = [m for m in every if m.key() in keys]
    return files, every, chosen


def run_workers(workers, queue, done_cb):
    """Each worker takes the next mutant until none is left; Ctrl-C stops them all (the
    running tests are killed and each copy is restored). Returns False when interrupted."""
    stop = threading.Event()
    lock = threading.Lock()

    def loop(w):
        while not stop.is_set():
            with lock:
                if not queue:
                    return
                m = queue.pop(0)
            try_mutant(w, m, w.tests)
            if w.stopping:
                m.result, m.detail = None, ""  # cut short: not counted
                return
            done_cb(m)

    threads = [threading.Thread(target=loop, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    try:
        while any(t.is_alive() for t in threads):
            for t in threads:
                t.join(0.2)
    except KeyboardInterrupt:
        stop.set()
        for w in workers:
            w.stop()
        for t in threads:
            t.join()
        return False
    return True


def report(root, args, files, every, chosen, entries, seconds, complete):
    res = {r: [m for m in chosen if m.result == r]
           for r in ("killed", "survived", "equivalent", "listed", "stillborn", None)}
    compiled = len(chosen) - len(res["stillborn"]) - len(res[None])
    equivalent = len(res["equivalent"]) + len(res["listed"])
    denom = compiled - equivalent
    score = 100.0 * len(res["killed"]) / denom if denom else 100.0
    scope = f"{len(chosen)} of {len(every)} mutants" + (
        f" (sample, seed {args.seed})" if len(chosen) < len(every) else "")
    took = f"rescored from {args.rescore}" if args.rescore else f"{seconds:.0f} s"
    print(f"\nmutation run over {', '.join(files)}: {scope}, {took}"
          + ("" if complete else " (interrupted)"))
    print(f"  killed {len(res['killed'])}, survived {len(res['survived'])}, equivalent "
          f"{equivalent} ({len(res['listed'])} listed, {len(res['equivalent'])} same object "
          f"code), not compiling {len(res['stillborn'])}, not run {len(res[None])}")
    print(f"score: {len(res['killed'])} / ({compiled} - {equivalent}) = {score:.1f}%")
    if args.new_test:
        only_new = [m for m in res["killed"] if m.detail.split(" ")[0] in args.new_test]
        before = len(res["killed"]) - len(only_new)
        print(f"without {', '.join(args.new_test)}: {before} / {denom} = "
              f"{100.0 * before / denom if denom else 100.0:.1f}% "
              f"({len(only_new)} mutants are killed only by them)")
    if res["survived"]:
        print("survivors:")
        for m in res["survived"]:
            print("  " + m.display())
            if args.keys:
                print(f"      {m.key()} :: REASON")
    report_stale(entries, chosen, files, len(chosen) == len(every) and complete)
    return score


def rescore(root, args, entries):
    """Score a run saved with --json again, with the equivalence list as it is now (and the
    sources as they are now: mutants whose line changed since are left out)."""
    saved = json.loads(pathlib.Path(args.rescore).read_text())
    files = list(dict.fromkeys(e["file"] for e in saved))
    live = {m.key(): m for f in files if (root / f).exists() for m in mutants_of(root, f)}
    chosen = []
    for e in saved:
        m = live.get(e["key"])
        if m is None:
            continue
        m.result, m.detail = e["result"], e["detail"]
        if m.result in ("survived", "listed"):
            key, _ = equivalent_reason(entries, m)
            m.result, m.detail = ("listed", " :: ".join(key)) if key else ("survived", "")
        chosen.append(m)
    if len(chosen) < len(saved):
        print(f"note: {len(saved) - len(chosen)} saved mutants no longer exist in the sources")
    return report(root, args, files, chosen, chosen, entries, 0, True)


def report_stale(entries, chosen, files, whole):
    if not whole:
        return
    used = {m.detail for m in chosen if m.result == "listed"}
    for key in entries:
        where = key[0].split(":", 1)[0]
        if where in files and " :: ".join(key) not in used:
            print(f"note: {EQUIVALENT_FILE} entry matches no mutant: {' :: '.join(key)}")


def interrupt(signum, frame):
    raise KeyboardInterrupt


def main(argv):
    args = parse_args(argv)
    # a shell starts background jobs with SIGINT ignored: take it back, and treat SIGTERM
    # the same way, so that the running tests are stopped and the copies restored
    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)
    root = pathlib.Path(__file__).resolve().parent.parent
    entries = load_equivalent(root, args.equivalent)
    if args.rescore:
        score = rescore(root, args, entries)
        return 1 if args.min_score is not None and score < args.min_score else 0
    if args.stale:
        files = sorted(str(p.relative_to(root)) for p in (root / "lib").glob("*.c"))
        keys = set()
        for m in (m for f in files for m in mutants_of(root, f)):
            suffix = "" if m.nth == 1 else f" #{m.nth}"
            keys.update({(f"{m.file}:{m.scope}", m.line_text, m.label + suffix),
                         (m.file, m.line_text, m.label + suffix)})
        stale = [k for k in entries if k not in keys]
        for k in stale:
            print(" :: ".join(k))
        print(f"{len(stale)} of {len(entries)} entries match no mutant", file=sys.stderr)
        return 1 if stale else 0
    if args.list:
        files, every, chosen = select_mutants(root, args, None)
        for m in chosen:
            print(m.key() + " :: REASON" if args.keys else m.display())
        print(f"{len(chosen)} of {len(every)} mutants", file=sys.stderr)
        return 0
    began = time.monotonic()
    tree = source_files(root)
    workers = [Worker(root, n, args.sanitize) for n in range(max(1, args.jobs))]
    (root / WORK_DIR).mkdir(exist_ok=True)
    (root / WORK_DIR / ".gitignore").write_text("*\n")
    for w in workers:
        w.prepare(root, tree)
    files, every, chosen = select_mutants(root, args, set(workers[0].objects))
    queue = []
    for m in chosen:
        key, reason = equivalent_reason(entries, m)
        if key:
            m.result, m.detail = "listed", " :: ".join(key)
        else:
            queue.append(m)
    suites = args.suite or DEFAULT_SUITES
    for w in workers:
        w.tests = load_tests(w.build, suites, args.skip_test or DEFAULT_SKIP, args.sanitize)
        baseline_tests(w, w.tests, args.timeout_factor, set(args.new_test))
    total, count = len(queue), [0]

    def done(m):
        count[0] += 1
        if args.verbose or m.result == "survived":
            print(f"[{count[0]}/{total}] {m.result:10} {m.detail:24} {m.display()}", flush=True)

    complete = run_workers(workers, queue, done)
    score = report(root, args, files, every, chosen, entries, time.monotonic() - began, complete)
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(
            [{"file": m.file, "line": m.line, "function": m.scope, "mutation": m.label,
              "nth": m.nth, "result": m.result, "detail": m.detail, "key": m.key()}
             for m in chosen], indent=1) + "\n")
    tree = source_files(root)  # the tree may have changed while the run went on
    for w in workers:  # belt and braces: the copies end as the tree is
        sync_copy(root, tree, w.src)
    if not complete:
        return 130
    return 1 if args.min_score is not None and score < args.min_score else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
