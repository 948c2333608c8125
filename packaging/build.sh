#!/usr/bin/env bash
# Build the one-dir desktop program for this platform, then smoke-test it.
#
#   packaging/build.sh              venv build/venv (made if missing), pip install -e '.[package]',
#                                   PyInstaller with packaging/commissioner.spec, smoke test
#   packaging/build.sh --fresh      start from a new venv (what a clean clone does anyway)
#   packaging/build.sh --no-smoke   build only
#
# Environment: PYTHON (interpreter for the venv, default python3), BUILD_VENV (default
# build/venv). Works on Linux, macOS and Windows (Git Bash, as in packaging/ci/build.yml).
# Prints the time of each phase and the size of the result. Output: dist/Commissioner/ (and
# dist/Commissioner.app on macOS); installers are made from it by packaging/windows/*.iss and
# packaging/macos/make_dmg.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

fresh=0
smoke=1
for arg in "$@"; do
    case "$arg" in
        --fresh) fresh=1 ;;
        --no-smoke) smoke=0 ;;
        *) echo "usage: packaging/build.sh [--fresh] [--no-smoke]" >&2; exit 2 ;;
    esac
done

venv="${BUILD_VENV:-build/venv}"
python="${PYTHON:-python3}"
now() { date +%s; }
t0=$(now)

if [[ $fresh == 1 ]]; then rm -rf "$venv"; fi
if [[ ! -d "$venv" ]]; then "$python" -m venv "$venv"; fi
if [[ -x "$venv/Scripts/python.exe" ]]; then vpy="$venv/Scripts/python.exe"; else vpy="$venv/bin/python"; fi
# Editable, like the README's test command, so .ci/run can build from its own .venv.
"$vpy" -m pip install -q -e '.[package]'
t1=$(now)

"$vpy" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/commissioner.spec
t2=$(now)

echo "install: $((t1 - t0)) s; PyInstaller: $((t2 - t1)) s"
for out in dist/Commissioner dist/Commissioner.app; do
    if [[ -e "$out" ]]; then
        echo "size of $out: $(du -sk "$out" | cut -f1) KiB ($(du -sh "$out" | cut -f1)); $(find "$out" -type f | wc -l | tr -d ' ') files"
    fi
done

status=0
if [[ $smoke == 1 ]]; then
    "$vpy" packaging/smoke_test.py || status=$?
fi
t3=$(now)
echo "build total: $((t3 - t0)) s (install $((t1 - t0)) s, PyInstaller $((t2 - t1)) s, smoke test $((t3 - t2)) s)"
exit $status
