#!/bin/sh
# ABI guard: the exported symbols (with their version nodes) equal the committed list, and
# abidiff finds no incompatible change against the committed abidw baseline. Symbols added
# in a new version node are allowed by abidiff (--no-added-syms) but must be added to the
# list: run tests/abi/update.sh after adding API and record it in CHANGELOG.md.
# Only types defined in the public header count: the opaque structs behind poort_case and
# friends are private, and their layout may change (libabigail's --headers-dir).
# usage: check.sh LIBRARY PUBLIC_INCLUDE_DIR
set -eu
lib=$1
include=$2
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nm -D --defined-only "$lib" | awk '{print $NF}' | sort > "$tmp/symbols"
if ! diff -u "$here/libpoortwachter.symbols" "$tmp/symbols"; then
	echo "exported symbols differ from tests/abi/libpoortwachter.symbols" >&2
	exit 1
fi

if ! command -v abidiff >/dev/null 2>&1; then
	echo "abidiff not installed (Debian package abigail-tools)" >&2
	exit 1
fi
status=0
abidiff --no-added-syms --hd1 "$include" --hd2 "$include" "$here/libpoortwachter.abi" "$lib" || status=$?
if [ "$status" -ne 0 ]; then
	echo "abidiff reports an ABI change (exit $status) against tests/abi/libpoortwachter.abi" >&2
	exit 1
fi
echo "ABI unchanged: $(wc -l < "$tmp/symbols") symbols"
