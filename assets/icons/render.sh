#!/usr/bin/env bash
# Renders the application icon to the PNG sizes the console window and jpackage use.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin). The PNGs are committed; run this
# after changing an SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32; do
  rsvg-convert -w "$size" -h "$size" drillbook-small.svg -o "drillbook-$size.png"
done
for size in 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" drillbook.svg -o "drillbook-$size.png"
done
ls -l drillbook-*.png
