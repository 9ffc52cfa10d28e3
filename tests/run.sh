#!/bin/sh
# Set everything up on a fresh Debian machine and run every test (the README's second command).
set -eu
cd "$(dirname "$0")/.."
sh tests/setup.sh
meson test -C build --print-errorlogs "$@"
