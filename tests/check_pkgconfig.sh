#!/bin/sh
# Build examples/hello.c (the README's C example) with nothing but the uninstalled
# pkg-config file, run it, and check its output: the pkg-config metadata is tested.
# usage: check_pkgconfig.sh BUILD_ROOT SOURCE_ROOT CC [SANITIZE]
# (SANITIZE: meson's b_sanitize; a sanitized library needs a sanitized program)
set -eu
build=$1 src=$2 cc=$3 sanitize=${4:-none}
extra=""
[ "$sanitize" = none ] || extra="-fsanitize=$sanitize"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PKG_CONFIG_PATH="$build/meson-uninstalled"
pkg-config --exists --print-errors poortwachter
# the uninstalled file's libdir names the install layout; -L names the build tree
libdir=$(pkg-config --libs-only-L poortwachter | sed 's/^ *-L//; s/ .*//')
# shellcheck disable=SC2046
$cc -std=c99 -Wall -Werror $extra -o "$tmp/hello" "$src/examples/hello.c" \
	$(pkg-config --cflags --libs poortwachter) -Wl,-rpath,"$libdir"
"$tmp/hello" > "$tmp/out"
cat "$tmp/out"
grep -Eq '^2026-02-11 PROBLEEMANALYSE +done +sick day 42$' "$tmp/out"
grep -Eq '^2026-02-19 PLAN_VAN_AANPAK +overdue +14 days after the probleemanalyse made on 2026-02-05$' "$tmp/out"
grep -Eq '^2027-12-29 EINDE_WACHTTIJD +upcoming +sick day 728$' "$tmp/out"
