#!/bin/sh
# The library alone, as a vendor builds it: configure a fresh tree with -Dtests=false
# -Dcli=false -Ddefault_library=both, check that libical is its only dependency (no cmocka
# or Python), build and install it, and link the reference example against the
# installed static library twice: fully static, and with libpoortwachter.a static but
# libical shared. Both programs must print exactly what the one linked against the shared
# library in the main build prints.
# usage: check_alone.sh SOURCE_ROOT CC REFERENCE_PROGRAM
set -eu
src=$1 cc=$2 reference=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

CC=$cc meson setup "$tmp/build" "$src" -Dtests=false -Dcli=false -Ddefault_library=both \
	--prefix="$tmp/inst" > "$tmp/setup.log"
deps=$(meson introspect --dependencies "$tmp/build" | /usr/bin/python3 -c \
	'import json, sys; print(" ".join(sorted(d["name"] for d in json.load(sys.stdin))))')
if [ "$deps" != libical ]; then
	echo "the library alone depends on: $deps (expected libical only)" >&2
	exit 1
fi
# meson's own lines about looking for them (not any text: compiler temp names vary). The
# library's generator of its statutory rows runs with the Python meson runs on
# (find_installation() without a name logs "Program python3 found"): not a dependency;
# the tests and bindings look for /usr/bin/python3 by its path.
lookups='ependency cmocka|Library csv|"csv\.h"|Program [^ ]+python'
if grep -Eq "$lookups" "$tmp/build/meson-logs/meson-log.txt"; then
	grep -E "$lookups" "$tmp/build/meson-logs/meson-log.txt" >&2
	echo "the library alone looked for a test or CLI dependency" >&2
	exit 1
fi
ninja -C "$tmp/build" > "$tmp/build.log"
meson install -C "$tmp/build" --quiet > "$tmp/install.log"

pc=$(find "$tmp/inst" -name poortwachter.pc)
for f in include/poortwachter.h share/man/man3/libpoortwachter.3 share/doc/libpoortwachter/README.md \
	share/doc/libpoortwachter/CHANGELOG.md share/doc/libpoortwachter/LICENSE; do
	[ -f "$tmp/inst/$f" ] || { echo "not installed: $f" >&2; exit 1; }
done
libdir=$(dirname "$(dirname "$pc")")
for f in libpoortwachter.a libpoortwachter.so.1; do
	[ -e "$libdir/$f" ] || { echo "not installed: $f" >&2; exit 1; }
done
if [ -e "$tmp/inst/bin/poortwachter" ]; then
	echo "-Dcli=false still installed the command-line tool" >&2
	exit 1
fi

"$reference" > "$tmp/expected"
export PKG_CONFIG_PATH="$(dirname "$pc")"
# Debian's icu-uc.pc (libical's dependency) leaves out the C++ runtime ICU needs when static.
# shellcheck disable=SC2046
"$cc" -static -o "$tmp/full-static" "$src/tests/package/reference.c" \
	$(pkg-config --static --cflags --libs poortwachter) -lstdc++ 2> "$tmp/link.log" ||
	{ cat "$tmp/link.log" >&2; exit 1; }
if readelf -d "$tmp/full-static" | grep -q NEEDED; then
	echo "-static still needs shared libraries" >&2
	exit 1
fi
"$tmp/full-static" | cmp - "$tmp/expected"
# shellcheck disable=SC2046
"$cc" -o "$tmp/lib-static" "$src/tests/package/reference.c" $(pkg-config --cflags poortwachter) \
	-L"$libdir" -Wl,-Bstatic -lpoortwachter -Wl,-Bdynamic $(pkg-config --libs libical)
if readelf -d "$tmp/lib-static" | grep -q 'libpoortwachter'; then
	echo "libpoortwachter.a was not linked statically" >&2
	exit 1
fi
"$tmp/lib-static" | cmp - "$tmp/expected"
echo "library alone: depends on libical only; static and mixed links print the reference output"
