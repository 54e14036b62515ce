#!/usr/bin/env bash
# Renders the seed article's HTML report in headless Chromium at laptop and phone widths, to look at.
# Needs Debian's chromium (apt-get install -y chromium) and, for the Chinese text, a CJK font
# (apt-get install -y fonts-wqy-microhei or fonts-noto-cjk). Writes PNGs to OUT (default target/screenshots).
set -euo pipefail
cd "$(dirname "$0")/../../.."
OUT=${1:-target/screenshots}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
JAR=target/claimgraph.jar
[ -f "$JAR" ] || mvn -q -B -o package -DskipTests
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR=$(pwd)/$JAR
java -jar "$JAR" demo --data "$WORK/store" --out "$WORK/report.md" >/dev/null
java -jar "$JAR" report --data "$WORK/store" --document ai-trillion-bubble --format html --out "$OUT/report.html"
shot() {  # width height file
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d -p "$WORK")" --hide-scrollbars \
    --screenshot="$3" --window-size="$1,$2" "file://$OUT/report.html" 2>/dev/null
  echo "$3"
}
shot 1366 2400 "$OUT/laptop.png"
shot 390 2400 "$OUT/phone.png"
