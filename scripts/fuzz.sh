#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan, UBSan; CMake preset "fuzz") and runs each for a
# while, starting from the corpus in tests/data (good and bad files). A crash leaves its input
# in build-fuzz/crashes/: add it to tests/data/bad with its expected message, fix, rerun.
#   scripts/fuzz.sh [SECONDS]     default 10 (CI); run longer by hand, e.g. 600
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-10}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)"
mkdir -p build-fuzz/crashes
status=0
for target in FuzzBundle FuzzEnvelope FuzzContentPack FuzzWorkbookOpen; do
    corpus=build-fuzz/corpus/$target
    mkdir -p "$corpus"
    case $target in
    FuzzBundle) seeds=(tests/data/bad/*.qdfsync tests/data/payloads/*.json) ;;
    FuzzEnvelope) seeds=(tests/data/bad/*.qdfsync tests/data/signed/*.qdfsync) ;;
    FuzzContentPack) seeds=(resources/content/*.json) ;;
    FuzzWorkbookOpen) seeds=(tests/data/bad/*.qdf) ;;
    esac
    cp -n "${seeds[@]}" "$corpus"/ 2>/dev/null || true
    echo "== $target: ${SECONDS_EACH}s"
    ASAN_OPTIONS=detect_leaks=0 build-fuzz/bin/$target "$corpus" -max_total_time="$SECONDS_EACH" \
        -artifact_prefix=build-fuzz/crashes/$target- -print_final_stats=1 2>&1 | tail -n 4 || status=1
done
exit $status
