#!/usr/bin/env bash
# The in-browser course's load, first result, per-cell times and compressed download (bench/README.md, "In the browser"):
# builds the CLI (and with it the WebAssembly app), writes the site with `course browser`, then opens lessons 01 and 03
# in Debian's headless Chromium with an empty cache against a local static server (bench/browser-timings.mjs).
# Usage: bench/browser-timings.sh [lesson …]    Needs node ≥ 20 and /usr/bin/chromium; Playwright comes from the NuGet
# package the browser tests restore (Microsoft.Playwright, version pinned in Directory.Packages.props).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Course.Cli -c Release -nologo -v q
version=$(sed -n 's/.*"Microsoft.Playwright" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
export PLAYWRIGHT_CORE="${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.playwright/$version/.playwright/package"
if [ ! -d "$PLAYWRIGHT_CORE" ]; then
  dotnet restore tests/Course.Browser.Tests -nologo -v q
fi
site=artifacts/bench-browser
artifacts/bin/Course.Cli/release/Course.Cli browser --output "$site" > /dev/null
node bench/browser-timings.mjs "$site" "$@"
