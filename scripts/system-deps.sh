#!/bin/sh
# Install what Qt (PySide6) and Python's venv need on Debian/Ubuntu, when missing.
# With the argument "test", also PostgreSQL's server: the suite runs the core's
# tests against a real server that it starts itself (tests/pgserver.py).
# Elsewhere (Windows, macOS, other Linux) it does nothing.
set -eu

if [ "$(uname -s)" != "Linux" ] || ! command -v dpkg-query >/dev/null 2>&1; then
    exit 0
fi

# Offscreen Qt (tests), a real X11 window (make run), Hangul glyphs, Python venv.
packages="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-xinerama0 libx11-xcb1
 fonts-nanum python3-venv python3-pip"
if [ "${1:-}" = test ]; then
    packages="$packages postgresql"
fi

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        # python3-venv is not needed when the interpreter in use already has venv+ensurepip.
        if [ "$p" = python3-venv ] || [ "$p" = python3-pip ]; then
            ${PYTHON:-python3} -c 'import venv, ensurepip' 2>/dev/null && continue
        fi
        if apt-cache show "$p" >/dev/null 2>&1 || [ -z "$(ls /var/lib/apt/lists 2>/dev/null | head -1)" ]; then
            missing="$missing $p"
        fi
    fi
done
[ -z "$missing" ] && exit 0

echo "system packages Qt needs are missing:$missing"
if [ "$(id -u)" = 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "run as root: apt-get install -y$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# Some names differ between releases: install those that exist.
available=""
for p in $missing; do
    apt-cache show "$p" >/dev/null 2>&1 && available="$available $p"
done
$sudo apt-get install -y -qq --no-install-recommends $available
