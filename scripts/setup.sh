#!/usr/bin/env bash
# All set-up for QDF Workbench on Debian 12, in one command:
#   scripts/setup.sh run    install what is missing, build, start the program on the demo programme
#   scripts/setup.sh test   install what is missing, build, run the whole test suite (CTest), then
#                           a short run of each fuzz target (clang; scripts/fuzz.sh)
#   scripts/setup.sh bench  install what is missing (and LibreOffice, the publishing peer), build,
#                           run qdf-bench (arguments after "bench" go to it)
# Packages are installed only when missing, so a second run (or an offline laptop) skips apt.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    cmake g++ make
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    libqt6sql6-sqlite nlohmann-json3-dev catch2 libsqlite3-dev
    libdtl-dev fonts-dejavu-core xvfb xauth poppler-utils unzip sqlite3
    clang libclang-rt-14-dev
    pkg-config libquazip1-qt6-dev libqpdf-dev qpdf libxlsxwriter-dev pandoc
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

build() {
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$BUILD_DIR" -j"$(nproc)"
}

case "${1:-}" in
run)
    install_packages
    build
    "$BUILD_DIR/bin/qdf" demo "$BUILD_DIR/demo" >/dev/null
    exec "$BUILD_DIR/bin/qdf-workbench" "$BUILD_DIR/demo/afon-vale-master.qdf"
    ;;
test)
    # The tests open what the program writes in LibreOffice, as its users will.
    PACKAGES+=(libreoffice-writer-nogui libreoffice-calc-nogui)
    install_packages
    build
    (cd "$BUILD_DIR" && ctest --output-on-failure -j"$(nproc)")
    exec scripts/fuzz.sh "${QDF_FUZZ_SECONDS:-5}"
    ;;
bench)
    PACKAGES+=(libreoffice-writer-nogui)
    install_packages
    build
    shift
    exec "$BUILD_DIR/bin/qdf-bench" "$@"
    ;;
*)
    echo "usage: scripts/setup.sh run|test|bench [qdf-bench options]" >&2
    exit 1
    ;;
esac
