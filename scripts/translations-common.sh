# Shared by scripts/check-translations and scripts/update-translations. Sourced.
# shellcheck shell=bash

# lupdate over the sources the program is built from (app/ and lib/, as app/CMakeLists.txt's
# qt_add_translations scans them), updating the .ts files given. Extra lupdate options first.
run_lupdate() {
    in_env sh -c '
        bins=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || true)
        lupdate=${bins:+$bins/lupdate}
        [ -x "${lupdate:-}" ] || lupdate=$(command -v lupdate6 || command -v lupdate) ||
            { echo "lectern: error: lupdate not found (Qt Linguist tools)" >&2; exit 1; }
        exec "$lupdate" -extensions cpp,h -recursive app lib "$@"' lupdate "$@"
}
