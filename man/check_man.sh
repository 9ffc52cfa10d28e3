#!/bin/sh
# libpoortwachter(3) renders without a single groff warning (-ww: all of them), and names
# every function and every status code the public header declares.
# usage: check_man.sh GROFF MAN_PAGE HEADER
set -eu
groff=$1 page=$2 header=$3
warnings=$("$groff" -man -ww -Tutf8 -z "$page" 2>&1)
if [ -n "$warnings" ]; then
	echo "$warnings" >&2
	echo "groff warns about $page" >&2
	exit 1
fi
missing=""
names=$(sed -n 's/^POORT_API .*[ *]\(poort_[a-z0-9_]*\)(.*/\1/p; s/^#define \(POORT_ERR_[A-Z_]*\) .*/\1/p' "$header")
for name in $names; do
	grep -qw -- "$name" "$page" || missing="$missing $name"
done
if [ -n "$missing" ]; then
	echo "not in $page:$missing" >&2
	exit 1
fi
echo "$page: no groff warnings; names all $(echo "$names" | wc -w) functions and status codes"
