#!/bin/sh
# Runs "$@" with a real Secret Service: an unlocked gnome-keyring in this D-Bus session
# (started by dbus-run-session). The keyring lives in a throwaway home.
set -e
export HOME="$(mktemp -d)"
export XDG_DATA_HOME="$HOME/.local/share" XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'lectern-test\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
status=0
"$@" || status=$?
rm -rf "$HOME"
exit $status
