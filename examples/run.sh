#!/bin/sh
# Set everything up on a fresh Debian machine and run the command-line tool on its built-in
# example case (the README's first command).
set -eu
cd "$(dirname "$0")/.."
sh tests/setup.sh
./build/examples/poortwachter
