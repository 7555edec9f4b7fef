#!/usr/bin/env bash
# `course run` warm, with its per-phase breakdown: builds once, runs the whole course once to warm the disk cache,
# then runs it again with --timings (JOBS lessons at a time; JOBS=1 gives phases that belong to one lesson each).
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=${JOBS:-1}
dotnet build src/Course.Cli -c Release -nologo -v q
cli=artifacts/bin/Course.Cli/release/Course.Cli
out=$(mktemp -d)
"$cli" run --output "$out" --quiet > /dev/null || true
/usr/bin/time -f "%e s wall, %U s user, %S s system" "$cli" run --output "$out" --jobs "$JOBS" --timings --quiet
