#!/bin/sh
# What Orca reads of the window, through AT-SPI: the window runs on the xcb platform in its own
# X server (Xvfb) and session bus (dbus-launch) with the accessibility bridge on, and Debian's
# pyatspi reads the navigation, a section page, the scoring grid and the group view
# (atspi_check.py). Exits 77 (skipped) when no AT-SPI bus can start here.
# Usage: atspi-check.sh BUILD_BIN_DIR
set -u
bin=${1:?usage: atspi-check.sh BUILD_BIN_DIR}
here=$(cd "$(dirname "$0")" && pwd)
skip() { echo "atspi-check: skipped: $*"; exit 77; }
for tool in xvfb-run dbus-launch /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is missing (packages xvfb, dbus-x11, at-spi2-core)"
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || skip "Debian's python3-pyatspi is missing"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/qdf" demo "$work/demo" >"$work/paths" || { echo "atspi-check: qdf demo failed"; exit 1; }
master=$(sed -n 1p "$work/paths")
participant=$(sed -n 2p "$work/paths")  # Dafydd's own workbook: his chosen levels in the scoring grid
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QDF_KEY_DIR="$work/keys"
cat >"$work/session.sh" <<INNER
#!/bin/sh
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
launcher=\$!
sleep 1
gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus --method org.a11y.Bus.GetAddress >/dev/null 2>&1 \
    || { echo "atspi-check: skipped: the AT-SPI bus did not start"; kill \$launcher; exit 77; }
status=0
for view in section:$master:care-standards scoring:$participant:catalyst:scoring group:$master:catalyst:group; do
    name=\${view%%:*}
    rest=\${view#*:}
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb QT_ACCESSIBILITY=1 \
        "$bin/qdf-workbench" --open "\${rest%%:*}" --page "\${rest#*:}" >"$work/app.log" 2>&1 &
    app=\$!
    /usr/bin/python3 "$here/atspi_check.py" "\$name" || status=1
    kill \$app 2>/dev/null
    wait \$app 2>/dev/null
done
kill \$launcher 2>/dev/null
exit \$status
INNER
chmod +x "$work/session.sh"
xvfb-run -a -s "-screen 0 1366x768x24" dbus-launch --exit-with-session "$work/session.sh"
