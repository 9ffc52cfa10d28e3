#!/bin/sh
# Run the C reference program and an example in another language (examples/csharp, java,
# go); fail unless both print exactly the same bytes.
# usage: compare.sh REFERENCE_PROGRAM COMMAND [ARGUMENT...]
set -eu
reference=$1
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$reference" > "$tmp/expected"
"$@" > "$tmp/actual"
if ! cmp -s "$tmp/expected" "$tmp/actual"; then
	echo "output differs from the C reference (- C, + $1):" >&2
	diff -u "$tmp/expected" "$tmp/actual" | head -60 >&2
	exit 1
fi
echo "same output as the C reference: $(wc -l < "$tmp/expected") lines, $(wc -c < "$tmp/expected") bytes"
