# Shared by scripts/setup, dev, test and run. Sourced, not executed.
# shellcheck shell=bash

LECTERN_SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LECTERN_SHARED=$(cd "$LECTERN_SRC/.." && pwd)/shared
# The Debian 13 build root lives outside the checkout so every clone on this machine reuses it.
LECTERN_ROOT=${LECTERN_ROOT:-/var/cache/lectern/debian13-root}
LECTERN_SUITE=${LECTERN_SUITE:-trixie}
LECTERN_PKGLIST="$LECTERN_SRC/scripts/packages-debian.txt"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
warn() { printf 'lectern: warning: %s\n' "$*" >&2; }
die() {
    printf 'lectern: error: %s\n' "$1" >&2
    [ $# -gt 1 ] && printf '  what to do: %s\n' "$2" >&2
    exit 1
}

# Packages named in a list file, without comments and blank lines.
package_list() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$1"; }

# "native" when this host can build Lectern with its own packages, "root" when a Debian 13
# build root is needed (Debian 12 and other systems whose Qt is older than 6.5 or lack KF6).
# LECTERN_ENV=native|root overrides the detection.
build_mode() {
    if [ -n "${LECTERN_ENV:-}" ]; then
        echo "$LECTERN_ENV"
        return
    fi
    # Fast answers first: this runs before every scripts/dev command.
    if dpkg-query -W -f='${Status}' libkf6syntaxhighlighting-dev 2>/dev/null | grep -q 'ok installed' ||
        rpm -q kf6-syntax-highlighting-devel >/dev/null 2>&1; then
        echo native
        return
    fi
    if [ -f "$LECTERN_ROOT/.lectern-stamp" ]; then
        echo root
        return
    fi
    if command -v dnf >/dev/null 2>&1; then
        if dnf -q list --available kf6-syntax-highlighting-devel >/dev/null 2>&1 ||
            rpm -q kf6-syntax-highlighting-devel >/dev/null 2>&1; then
            echo native
            return
        fi
    fi
    if command -v apt-cache >/dev/null 2>&1; then
        # KF6 SyntaxHighlighting needs Qt >= 6.5, so its presence in the archive is the test.
        local cand
        cand=$(apt-cache policy libkf6syntaxhighlighting-dev 2>/dev/null | awk '/Candidate:/ {print $2}')
        if [ -n "$cand" ] && [ "$cand" != "(none)" ]; then
            echo native
            return
        fi
    fi
    echo root
}

# Files whose contents decide whether the build root must be refreshed.
stamp_value() { sha256sum "$LECTERN_PKGLIST" | cut -d' ' -f1; }

# The whole environment a command inside the root sees: nothing from the host leaks in
# except the display-related and CI variables that tests need.
root_env() {
    local vars=(
        "HOME=/root" "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        "LANG=C.UTF-8" "LC_ALL=C.UTF-8" "TERM=${TERM:-dumb}"
        "QTWEBENGINE_DISABLE_SANDBOX=1"
    )
    local v
    for v in CI DISPLAY XAUTHORITY QT_QPA_PLATFORM LECTERN_DB CTEST_OUTPUT_ON_FAILURE \
        CTEST_PARALLEL_LEVEL CMAKE_BUILD_PARALLEL_LEVEL QTWEBENGINE_CHROMIUM_FLAGS \
        LECTERN_BENCH_POSTS LECTERN_DATA_DIR XDG_DATA_HOME XDG_CONFIG_HOME; do
        [ -n "${!v:-}" ] && vars+=("$v=${!v}")
    done
    printf '%s\0' "${vars[@]}"
}

# Runs "$@" inside the build root. The mounts are made in a private mount namespace
# (unshare), so the kernel removes every one of them when the command ends, however it
# ends: success, failure, Ctrl+C or kill. Nothing is left mounted on the host.
in_root() {
    [ -x "$LECTERN_ROOT/bin/sh" ] || die "no build root at $LECTERN_ROOT" "run ./scripts/setup first"
    local cwd
    cwd=$(pwd)
    local -a envv
    mapfile -d '' envv < <(root_env)
    LECTERN_CWD="$cwd" unshare --mount --propagation private -- bash -c '
        set -e
        R=$1; SRC=$2; SHARED=$3; shift 3
        mount -t proc proc "$R/proc"
        mount --rbind /sys "$R/sys"
        mount --rbind /dev "$R/dev"
        if ! mountpoint -q "$R/dev/shm"; then mount -t tmpfs -o mode=1777 shm "$R/dev/shm"; fi
        mount -t tmpfs -o mode=1777 tmp "$R/tmp"
        cp -L /etc/resolv.conf "$R/etc/resolv.conf" 2>/dev/null || true
        for d in "$SRC" "$SHARED"; do
            [ -d "$d" ] || continue
            mkdir -p "$R$d"
            mount --bind "$d" "$R$d"
        done
        exec chroot "$R" /usr/bin/env -i "$@"
    ' lectern-root "$LECTERN_ROOT" "$LECTERN_SRC" "$LECTERN_SHARED" \
        "${envv[@]}" /bin/sh -c 'cd "$0" 2>/dev/null || cd /; exec "$@"' "$cwd" "$@"
}

# Runs "$@" in the build environment: inside the root, or natively.
in_env() {
    if [ "$(build_mode)" = root ]; then
        in_root "$@"
    else
        "$@"
    fi
}
