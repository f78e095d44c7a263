#!/bin/sh
# Every source file with translatable strings is listed in po/POTFILES.in,
# and every file listed there exists.
set -eu
top=${1:-$(dirname "$0")/..}
cd "$top"

listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
found=$( (grep -rlE '(^|[^a-zA-Z0-9_])(N?_|C_|g_dngettext|ngettext) ?\(' src --include='*.c' || true;
          grep -rl 'translatable="yes"' data --include='*.ui' || true;
          ls data/*.desktop.in data/*.metainfo.xml.in 2>/dev/null || true) | sort -u)

status=0
for f in $found; do
  if ! printf '%s\n' "$listed" | grep -qx "$f"; then
    echo "po/POTFILES.in does not list $f, which has translatable strings" >&2
    status=1
  fi
done
for f in $listed; do
  if [ ! -e "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist" >&2
    status=1
  fi
done
exit $status
