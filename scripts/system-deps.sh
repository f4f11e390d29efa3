#!/bin/sh
# The Debian/Ubuntu packages deskapp needs, installed when missing. Elsewhere (Windows, macOS,
# other Linux) it does nothing.
#
#   sh scripts/system-deps.sh        what the application needs (make run, make dist): Qt's
#                                    libraries, a Hangul font, and Python's venv to set it up
#   sh scripts/system-deps.sh test   that, and what only the tests need (make test): PostgreSQL's
#                                    server programs; the suite starts a throwaway server of its
#                                    own on a Unix socket (tests/pgserver.py)
#
# PostgreSQL is installed without the database cluster Debian would make (postgresql-common's
# create_main_cluster = false, in /etc/postgresql-common/createcluster.d/): no server runs
# after the install or at boot, and no port is opened.
#
# As root it installs what is missing; otherwise through sudo; a user with neither is shown the
# command an administrator runs (then `make test` works as that user), and it exits 1.
set -eu

if [ "$(uname -s)" != "Linux" ] || ! command -v dpkg-query >/dev/null 2>&1; then
    exit 0
fi

# Offscreen Qt (tests), a real X11 window (make run), Hangul glyphs.
app_packages="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-xinerama0 libx11-xcb1
 fonts-nanum"
# The virtual environment the Makefile makes.
setup_packages="python3-venv python3-pip"
no_cluster_dir=/etc/postgresql-common/createcluster.d
no_cluster_file=$no_cluster_dir/deskapp-tests.conf

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# Those of the packages named that are not installed (and that this release has, when apt's
# lists are there to ask: some names differ between releases).
missing_of() {
    for p in "$@"; do
        installed "$p" && continue
        if [ "$p" = python3-venv ] || [ "$p" = python3-pip ]; then
            # Not needed when the interpreter in use already has venv and ensurepip.
            ${PYTHON:-python3} -c 'import venv, ensurepip' 2>/dev/null && continue
        fi
        if apt-cache show "$p" >/dev/null 2>&1 || [ -z "$(ls /var/lib/apt/lists 2>/dev/null | head -1)" ]; then
            printf ' %s' "$p"
        fi
    done
}

# shellcheck disable=SC2086 # the lists are words
app_missing="$(missing_of $app_packages $setup_packages)"
test_missing=""
if [ "${1:-}" = test ]; then
    # Any PostgreSQL server version will do, wherever tests/pgserver.py finds one.
    if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null 2>&1; then
        test_missing=" postgresql"
    fi
fi
[ -z "$app_missing$test_missing" ] && exit 0

if [ -n "$app_missing" ]; then
    echo "deskapp: the application needs these system packages, missing here:$app_missing"
fi
if [ -n "$test_missing" ]; then
    echo "deskapp: the tests need PostgreSQL's server programs (package postgresql), missing here."
    echo "  They are installed without a database cluster: no PostgreSQL server starts, now or at"
    echo "  boot, and no port is opened; the tests start their own server and remove it. (Because"
    echo "  of $no_cluster_file, a PostgreSQL installed later for real use"
    echo "  makes no cluster by itself either: remove that file first, or run pg_createcluster.)"
fi

packages="$app_missing$test_missing"
install="apt-get install -y --no-install-recommends$packages"
if [ -n "$test_missing" ]; then
    install="mkdir -p $no_cluster_dir && echo 'create_main_cluster = false' > $no_cluster_file && $install"
fi

admin_line() {
    echo "deskapp: $1. An administrator installs them as root with:" >&2
    echo "" >&2
    echo "  apt-get update && $install" >&2
    echo "" >&2
    echo "then run the same make command again as yourself (make test, make run)." >&2
    exit 1
}

if [ "$(id -u)" = 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
    echo "deskapp: installing them with sudo (apt-get)."
else
    admin_line "you are not root and sudo is not installed"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq || admin_line "apt-get update failed"
# Names that differ between releases: install those this release has.
available=""
for p in $packages; do
    apt-cache show "$p" >/dev/null 2>&1 && available="$available $p"
done
if [ -n "$test_missing" ]; then
    { $sudo mkdir -p "$no_cluster_dir" &&
        echo 'create_main_cluster = false' | $sudo tee "$no_cluster_file" >/dev/null; } ||
        admin_line "$no_cluster_file could not be written"
fi
# shellcheck disable=SC2086
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $available ||
    admin_line "apt-get install failed"
