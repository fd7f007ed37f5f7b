#!/usr/bin/env bash
# Remakes the fonts in this folder from Debian 12's fonts-noto-core: only the
# scripts Harbour's languages use (plus Greek and Cyrillic for names), every
# OpenType layout feature kept (shaping needs them), hinting dropped (PDF
# viewers do not use it), a visible .notdef box kept for characters no font has.
# Needs fonts-noto-core and python3-fonttools (Debian packages).
set -euo pipefail
cd "$(dirname "$0")"
src=/usr/share/fonts/truetype/noto
common="U+0020-007E,U+00A0-00BF,U+00D7,U+00F7,U+2000-206F,U+20A0-20CF,U+25CC,U+FFFD"
latin="U+0000-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+25CC,U+FFFD"
arabic="$common,U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF"
bengali="$common,U+0964-0965,U+0980-09FF,U+200C-200D"
gurmukhi="$common,U+0964-0965,U+0A00-0A7F,U+200C-200D"
subset() {
  /usr/bin/python3 -m fontTools.subset "$src/$1.ttf" --unicodes="$2" --layout-features='*' \
    --no-hinting --notdef-outline --name-IDs='*' --output-file="$1.ttf"
}
subset NotoSans-Regular "$latin"
subset NotoSans-Bold "$latin"
subset NotoNaskhArabic-Regular "$arabic"
subset NotoNaskhArabic-Bold "$arabic"
subset NotoNastaliqUrdu-Regular "$arabic"
subset NotoSansBengali-Regular "$bengali"
subset NotoSansBengali-Bold "$bengali"
subset NotoSansGurmukhi-Regular "$gurmukhi"
subset NotoSansGurmukhi-Bold "$gurmukhi"
