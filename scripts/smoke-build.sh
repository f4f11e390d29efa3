#!/bin/sh
# Build the one-folder application (`make dist`: build.spec) and start the built program:
# the command line, then the window offscreen until it quits by itself.
set -eu
cd "$(dirname "$0")/.."
make dist
app=dist/deskapp/deskapp
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$app" --version
"$app" template "$work/template.xlsx"
DESKAPP_PASSWORD=smoke-pass-1 "$app" init --db "$work/d.sqlite3" --admin admin
DESKAPP_PASSWORD=smoke-pass-1 "$app" stats --db "$work/d.sqlite3" --user admin \
    --from 2018-01-01 --to 2018-10-30 --format csv
# The demo codes its records with the bundled occupation list; a breakdown recounts its days.
DESKAPP_PASSWORD=smoke-pass-1 "$app" demo --db "$work/demo.sqlite3" --seekers 200
DESKAPP_PASSWORD=smoke-pass-1 "$app" stats --db "$work/demo.sqlite3" --user lead \
    --from 2026-01-01 --to 2026-10-31 --by age --format csv
QT_QPA_PLATFORM=offscreen DESKAPP_QUIT_AFTER_MS=3000 XDG_DATA_HOME="$work" \
    "$app" --db "$work/d.sqlite3" 2>"$work/window.log"
cat "$work/window.log"
grep -q "DESKAPP_QUIT_AFTER_MS" "$work/window.log"
# Qt's own dialogs speak Korean: Qt's catalogue is bundled, and the labels it lacks are answered.
grep -q "translations: qtbase_ko.qm" "$work/window.log"
grep -q "file dialog: 다음에서 찾기(&L):" "$work/window.log"
# F1's user guide is inside the program folder.
grep -q "user guide: yes" "$work/window.log"
echo "smoke-build: the built application ran"
