#!/usr/bin/env bash
# Renders the golden HTML exports (tests/data/golden) in headless Chromium:
# a screenshot of each layout and a printout to PDF, whose pages pdftoppm
# turns into PNGs, then checks the basic facts (files not empty, the PDF has
# pages, its text has the legend and known paragraphs).  Look at the PNGs:
# this script cannot tell a misaligned table from a good one.
#
#   tests/render-html.sh [OUTPUT-DIR]     (default: tests/output/render-html)
#
# Exits 77 (meson's "skipped") when chromium is not installed.  Needs
# poppler-utils (pdftoppm, pdftotext, pdfinfo); checks with HTML Tidy too
# when it is installed.  Works offline and as root.

set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
golden="$here/data/golden"
out=${1:-"$here/output/render-html"}

chromium=""
for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null 2>&1; then
    chromium=$(command -v "$candidate")
    break
  fi
done
if [ -z "$chromium" ]; then
  echo "skipped: chromium not installed"
  exit 77
fi
for tool in pdftoppm pdftotext pdfinfo; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "skipped: $tool not installed (poppler-utils)"
    exit 77
  fi
done

mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# No network, no sandbox (root), nothing kept between runs; a fresh profile
# each time so that one run's state never leaks into the next.
run_chromium() {
  local dir
  dir=$(mktemp -d -p "$profile")
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-dev-shm-usage --hide-scrollbars --user-data-dir="$dir" "$@" >"$out/chromium.log" 2>&1 || {
    echo "render-html: chromium failed; its output:" >&2
    cat "$out/chromium.log" >&2
    return 1
  }
}

fail() {
  echo "render-html: FAIL: $*" >&2
  exit 1
}

# A PNG with something drawn: a blank page compresses to a few kilobytes,
# a page of text to a hundred or more (@min_bytes).
check_png() {
  local file=$1 min_bytes=${2:-20000}
  [ -s "$file" ] || fail "$file is missing or empty"
  [ "$(head -c 8 "$file" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$file is not a PNG"
  [ "$(stat -c %s "$file")" -ge "$min_bytes" ] || fail "$file looks blank ($(stat -c %s "$file") bytes)"
}

for layout in redline side-by-side changes-only; do
  html="$golden/trafficking-$layout.html"
  [ -s "$html" ] || fail "$html is missing"

  # HTML Tidy knows HTML5 (libxml2's parser, in the unit tests, does not):
  # when it is installed, no error allowed, warnings shown.
  if command -v tidy >/dev/null 2>&1; then
    status=0
    tidy -q -e --show-warnings yes "$html" >"$out/$layout.tidy" 2>&1 || status=$?
    cat "$out/$layout.tidy"
    [ "$status" -lt 2 ] || fail "$layout: HTML Tidy found errors"
  fi

  run_chromium --window-size=1200,1600 --screenshot="$out/$layout.png" "file://$html"
  check_png "$out/$layout.png"
  # The page further down, with the first changes of the text.
  run_chromium --window-size=1200,6000 --screenshot="$out/$layout-tall.png" "file://$html"
  check_png "$out/$layout-tall.png"

  run_chromium --no-pdf-header-footer --print-to-pdf="$out/$layout.pdf" "file://$html"
  [ -s "$out/$layout.pdf" ] || fail "$layout.pdf is missing or empty"
  pages=$(pdfinfo "$out/$layout.pdf" | sed -n 's/^Pages: *//p')
  [ "${pages:-0}" -ge 1 ] || fail "$layout.pdf has no page"
  size=$(pdfinfo "$out/$layout.pdf" | sed -n 's/^Page size: *//p')

  rm -f "$out/$layout-page"-*.png
  pdftoppm -png -r 60 "$out/$layout.pdf" "$out/$layout-page"
  for page in "$out/$layout-page"-*.png; do
    check_png "$page" 4000
  done

  pdftotext -layout "$out/$layout.pdf" "$out/$layout.txt"
  text=$(tr -s ' \n' ' ' <"$out/$layout.txt")
  for expected in "How to read the marks" "Text inserted in the new version" "Summary" \
    "Calls upon Member States to strengthen the identification" "Urges" \
    "Resolution 55/2."; do
    case "$text" in
      *"$expected"*) ;;
      *) fail "$layout.pdf: no “$expected” in its text" ;;
    esac
  done
  case "$layout" in
    changes-only)
      case "$text" in *"unchanged paragraphs"*) ;; *) fail "$layout.pdf: no folded paragraphs" ;; esac ;;
    *)
      case "$text" in *"Bearing in mind that all States"*) ;; *) fail "$layout.pdf: an unchanged paragraph is missing" ;; esac ;;
  esac
  echo "ok $layout: $out/$layout.png, $out/$layout-tall.png, $out/$layout.pdf ($pages pages, $size)"
done

echo "rendered into $out; look at the PNGs"
