#!/bin/sh
# Writes the VERBS section of qdf(1), for help2man's --include: every verb's own help, as
# `qdf help --all` prints it after the general help (which help2man already makes the page of).
# Each verb's usage line is a heading, its description a paragraph, its options as printed.
#   man-verbs.sh QDF OUTPUT
set -e
{
    echo "[VERBS]"
    "$1" help --all | awk '
        function roff(line) {
            gsub(/\\/, "\\e", line)
            gsub(/-/, "\\-", line)
            if (line ~ /^[.\047]/) line = "\\&" line
            return line
        }
        /^Usage: qdf / { blocks++ }
        blocks < 2 { next }
        /^Usage: qdf / {
            if (fixed) print ".fi"
            sub(/^Usage: /, "")
            print ".SS \"" roff($0) "\""
            describing = 1
            fixed = 0
            next
        }
        describing && /^$/ { describing = 0; print ".PP"; print ".nf"; fixed = 1; next }
        { print roff($0) }
        END { if (fixed) print ".fi" }'
} > "$2"
