#!/bin/sh
# The manual page renders without warnings, and it and --help describe the
# same options: every long option --help lists is in the page, and every
# long option the page describes is in --help.
#
#   check-manpage.sh RESDIFF MANPAGE
set -u
resdiff=$1
page=$2
status=0

warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
if [ -n "$warnings" ]; then
  echo "check-manpage: $page renders with warnings:" >&2
  echo "$warnings" >&2
  status=1
fi

# Long options in --help (all groups) and those the page describes: an
# option is described where it opens a .TP entry (its line after .TP).
help_options=$(LC_ALL=C "$resdiff" --help-all 2>/dev/null | grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*' | grep -v '^--help-' | sort -u)
if [ -z "$help_options" ]; then
  echo "check-manpage: $resdiff --help-all listed no options" >&2
  exit 1
fi
page_options=$(awk '/^\.TP/ { getline; print }' "$page" | sed 's/\\-/-/g' | grep -oE -- '--[a-z][a-z-]*' | sort -u)

for option in $help_options; do
  if ! echo "$page_options" | grep -qx -- "$option"; then
    echo "check-manpage: $option is in --help but not described in $page" >&2
    status=1
  fi
done
for option in $page_options; do
  if ! echo "$help_options" | grep -qx -- "$option"; then
    echo "check-manpage: $page describes $option, which --help does not list" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "check-manpage: $(echo "$help_options" | wc -l) options, in both"
exit $status
