#!/bin/sh
# Run the libFuzzer targets. Builds build-fuzz with clang (coverage, ASan, UBSan) when needed.
#   tests/fuzz/run.sh SECONDS          each target for SECONDS (CI: a short, bounded run)
#   tests/fuzz/run.sh --runs N         each target for N executions (e.g. 10000000)
# The corpus in tests/fuzz/corpus/ is the seed; new inputs go to a scratch copy. A crash
# is copied into tests/fuzz/regressions/TARGET/ (keep it: it replays as a test) and fails.
set -eu
cd "$(dirname "$0")/../.."
if [ "${1:-}" = "--runs" ]; then limit="-runs=$2"; else limit="-max_total_time=${1:-30}"; fi
targets="${TARGETS:-date feed csv cli}"

if [ ! -f build-fuzz/build.ninja ]; then
	CC=clang meson setup build-fuzz -Dc_args=-fsanitize=fuzzer-no-link \
		-Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debugoptimized >/dev/null
fi
ninja -C build-fuzz >/dev/null

export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1"
status=0
for t in $targets; do
	scratch=$(mktemp -d)
	cp tests/fuzz/corpus/"$t"/* "$scratch"/
	crashes=$(mktemp -d)
	case $t in
	date) max_len=64 ;;
	cli | feed) max_len=2048 ;;
	*) max_len=8192 ;;
	esac
	echo "fuzz $t ($limit)"
	if ! build-fuzz/tests/fuzz_"$t" "$scratch" -artifact_prefix="$crashes/" $limit \
		-max_len=$max_len -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 >"$crashes/log" 2>&1; then
		status=1
		tail -40 "$crashes/log"
		for f in "$crashes"/crash-* "$crashes"/leak-* "$crashes"/timeout-* "$crashes"/oom-*; do
			[ -f "$f" ] && cp "$f" tests/fuzz/regressions/"$t"/ && echo "kept $f in tests/fuzz/regressions/$t/"
		done
	else
		grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$crashes/log" | sed "s/^/  /"
	fi
	rm -rf "$scratch" "$crashes"
done
exit $status
