#!/usr/bin/env bash
# All set-up for QDF Workbench on Debian 12, in one command:
#   scripts/setup.sh run      install what is missing, build, start the program on the demo programme
#                             (without a display: say what to do, and take a picture of the window)
#   scripts/setup.sh test     install what is missing, build, run the whole test suite (CTest)
#   scripts/setup.sh package  install what is missing (and the packaging tools), build, make the
#                             .deb with CPack and check it with lintian
#   scripts/setup.sh fuzz [SECONDS]
#                             install clang, run each libFuzzer target (scripts/fuzz.sh)
#   scripts/setup.sh bench    install what is missing (and LibreOffice, the publishing peer), build,
#                             run qdf-bench (arguments after "bench" go to it)
# Packages are installed only when missing, so a second run (or an offline laptop) skips apt.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    cmake g++ make
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    libqt6sql6-sqlite nlohmann-json3-dev catch2 libsqlite3-dev
    libdtl-dev fonts-dejavu-core xvfb xauth poppler-utils unzip sqlite3
    # Installing: icon sizes, man pages, and the tools the install tests check the files with.
    librsvg2-bin help2man man-db desktop-file-utils appstream shared-mime-info xdg-utils
    libfile-mimeinfo-perl bash-completion
    pkg-config libquazip1-qt6-dev libqpdf-dev qpdf libxlsxwriter-dev pandoc libssl-dev
    libsodium-dev libzstd-dev
    # A live workshop (docs/workshop.md): Qt's HTTP server (and the WebSockets module it is built
    # on), QR codes, and the real browser its tests drive (headless, through chromedriver).
    qt6-httpserver-dev qt6-websockets-dev libqrencode-dev chromium chromium-driver
    # The Welsh check (tools/check-translations.py) and the translation tools.
    python3
    # What a screen reader is given, read through AT-SPI (tests/a11y/atspi-check.sh).
    at-spi2-core dbus-x11 python3-pyatspi libglib2.0-bin
)
BUILD_DIR=${QDF_BUILD_DIR:-build}

install_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Optimised as released, with line tables only (-g1: file and line in a backtrace) instead of
# full debug info, which would cost a quarter more compile time and twice the disk. For a
# debugger, configure a folder of your own: cmake -S . -B build-debug -DCMAKE_BUILD_TYPE=Debug
build() {
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
    cmake --build "$BUILD_DIR" -j"$(nproc)"
}

case "${1:-}" in
run)
    install_packages
    build
    "$BUILD_DIR/bin/qdf" demo "$BUILD_DIR/demo" >/dev/null
    master="$BUILD_DIR/demo/afon-vale-master.qdf"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        # Nowhere to show a window: prove it works with a picture, and say how to see it live.
        shot="$BUILD_DIR/demo/qdf-workbench.png"
        "$BUILD_DIR/bin/qdf-workbench" --screenshot "$shot" --open "$master" --page qdf-index
        cat <<EOF
There is no display here (DISPLAY is not set), so QDF Workbench cannot open its window.
It is built and works: a picture of its window on the demo is in $shot
To use it, run this command in a desktop session, or start it on a virtual display:
  xvfb-run $BUILD_DIR/bin/qdf-workbench $master
EOF
        exit 0
    fi
    exec "$BUILD_DIR/bin/qdf-workbench" "$master"
    ;;
test)
    # The tests open what the program writes in LibreOffice, as its users will.
    PACKAGES+=(libreoffice-writer-nogui libreoffice-calc-nogui)
    install_packages
    build
    cd "$BUILD_DIR"
    exec ctest --output-on-failure -j"$(nproc)"
    ;;
package)
    PACKAGES+=(dpkg-dev lintian)
    install_packages
    build
    (cd "$BUILD_DIR" && cpack -G DEB)
    deb=$(ls "$BUILD_DIR"/qdf-workbench_*.deb)
    lintian --fail-on error,warning "$deb"
    echo "Built $deb: install it with  apt install ./$deb"
    ;;
fuzz)
    PACKAGES+=(clang libclang-rt-14-dev)
    install_packages
    shift
    exec scripts/fuzz.sh "$@"
    ;;
bench)
    PACKAGES+=(libreoffice-writer-nogui)
    install_packages
    build
    cmake --build "$BUILD_DIR" -j"$(nproc)" --target qdf-bench
    shift
    exec "$BUILD_DIR/bin/qdf-bench" "$@"
    ;;
*)
    echo "usage: scripts/setup.sh run|test|package|fuzz [SECONDS]|bench [qdf-bench options]" >&2
    exit 1
    ;;
esac
