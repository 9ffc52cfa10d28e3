#!/bin/sh
# Set up a fresh Debian machine for libpoortwachter and configure + build it in ./build.
# Installs the Debian packages it needs (as root, or through sudo), then runs meson.
# Used by both README commands and by CI.
set -eu
cd "$(dirname "$0")/.."

packages="gcc libc6-dev pkg-config meson ninja-build libical-dev libcmocka-dev python3
python3-icalendar python3-vobject abigail-tools binutils valgrind clang libclang-rt-14-dev groff-base
mono-mcs mono-runtime default-jdk-headless libjna-java golang-go
python3-pandas python3-numpy python3-pip python3-setuptools python3-wheel chromium"

missing=""
for p in $packages; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "Installing Debian packages:$missing"
	if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
	# a mirror can fail for a moment: up to three attempts
	for attempt in 1 2 3; do
		# shellcheck disable=SC2086
		if $sudo apt-get update -qq &&
			DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null; then
			break
		fi
		[ "$attempt" = 3 ] && { echo "installing the Debian packages failed" >&2; exit 1; }
		sleep 10
	done
fi

if [ -f build/build.ninja ]; then
	meson setup --reconfigure build >/dev/null
else
	meson setup build >/dev/null
fi
ninja -C build >/dev/null
