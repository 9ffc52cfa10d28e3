#!/bin/sh
# Regenerate the ABI baseline after an intended change: the symbol list and the abidw dump.
# usage: tests/abi/update.sh build/lib/libpoortwachter.so
set -eu
lib=$1
here=$(dirname "$0")
include=$here/../../include
nm -D --defined-only "$lib" | awk '{print $NF}' | sort > "$here/libpoortwachter.symbols"
abidw --no-corpus-path --no-comp-dir-path --no-show-locs --headers-dir "$include" --out-file "$here/libpoortwachter.abi" "$lib"
echo "updated $here/libpoortwachter.symbols and $here/libpoortwachter.abi"
