#!/bin/sh
# Every language in po/LINGUAS is complete for the strings the program has
# now: the template is extracted afresh from po/POTFILES.in with the same
# xgettext arguments as meson's i18n module (preset "glib"), each .po is
# merged with it in a temporary directory, and the merged file must pass
# msgfmt --check with no untranslated and no fuzzy message.  The .po as
# committed must pass msgfmt --check too.
#
# What this guards beyond completeness: strings xgettext cannot read.  A
# format macro inside _() (`_("%" G_GSIZE_FORMAT " bytes")`) is extracted
# cut at the macro, so the translation never matches at run time.  Two
# checks say so: xgettext's warnings that name a line of our sources (an
# unreadable format string), and a direct search for a string literal
# followed by a macro inside _(), N_(), C_() or NC_().  Warnings about
# xgettext's own data files (such as "a fallback ITS rule file ... is
# used", which depends on the gettext version installed) are shown, never
# failed on.
#
# Exit 77 (skipped) without the gettext tools.
set -eu
top=${1:-$(dirname "$0")/..}
cd "$top"

for tool in xgettext msgmerge msgfmt msgattrib; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed (gettext); skipping" >&2
    exit 77
  fi
done

# The tools' own messages in English, for the counts below.
unset LANGUAGE
LC_ALL=C.UTF-8
export LC_ALL

package=resdiff
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

status=0

# The arguments of meson's i18n.gettext (preset: 'glib', and the args of
# po/meson.build); keep in step with po/meson.build.
if ! xgettext --package-name="$package" -f po/POTFILES.in -D . -k_ \
     -o "$tmp/$package.pot" \
     --msgid-bugs-address=https://github.com/resdiff/resdiff/issues \
     --from-code=UTF-8 \
     --add-comments \
     --keyword=_ \
     --keyword=N_ \
     --keyword=C_:1c,2 \
     --keyword=NC_:1c,2 \
     --keyword=g_dcgettext:2 \
     --keyword=g_dngettext:2,3 \
     --keyword=g_dpgettext2:2c,3 \
     --flag=N_:1:pass-c-format \
     --flag=C_:2:pass-c-format \
     --flag=NC_:2:pass-c-format \
     --flag=g_dngettext:2:pass-c-format \
     --flag=g_strdup_printf:1:c-format \
     --flag=g_string_printf:2:c-format \
     --flag=g_string_append_printf:2:c-format \
     --flag=g_error_new:3:c-format \
     --flag=g_set_error:4:c-format \
     --flag=g_markup_printf_escaped:1:c-format \
     --flag=g_log:3:c-format \
     --flag=g_print:1:c-format \
     --flag=g_printerr:1:c-format \
     --flag=g_printf:1:c-format \
     --flag=g_fprintf:2:c-format \
     --flag=g_sprintf:2:c-format \
     --flag=g_snprintf:3:c-format \
     2>"$tmp/xgettext.log"; then
  cat "$tmp/xgettext.log" >&2
  echo "xgettext failed" >&2
  exit 1
fi
# Warnings located in a file of po/POTFILES.in ("src/x.c:12: warning: ...").
sed 's/#.*//; /^[[:space:]]*$/d' po/POTFILES.in >"$tmp/potfiles"
: >"$tmp/source-warnings"
while IFS= read -r line; do
  file=${line%%:*}
  if [ "$file" != "$line" ] && grep -qxF "$file" "$tmp/potfiles"; then
    printf '%s\n' "$line" >>"$tmp/source-warnings"
  elif [ -n "$line" ]; then
    printf 'note (not about our sources): %s\n' "$line" >&2
  fi
done <"$tmp/xgettext.log"
if [ -s "$tmp/source-warnings" ]; then
  cat "$tmp/source-warnings" >&2
  echo "xgettext cannot read these strings of the sources (above); fix them" >&2
  status=1
fi

# A literal followed by a macro inside a gettext call: xgettext keeps only
# the part before the macro.
grep -E '\.c$|\.h$' "$tmp/potfiles" | while IFS= read -r file; do
  [ -f "$file" ] || continue
  perl -0777 -ne '
    while (/\b(?:N?C?_)\s*\(\s*(?:"[^"\\\n]*(?:\\.[^"\\\n]*)*"\s*,\s*)?"(?:[^"\\\n]|\\.)*"\s*([A-Za-z_][A-Za-z0-9_]*)/g) {
      my $pos = $-[0];
      my $line = 1 + (substr($_, 0, $pos) =~ tr/\n//);
      print "$ARGV:$line: a macro ($1) inside a gettext call: format the value first and pass it as %s\n";
    }' "$file"
done >"$tmp/macros"
if [ -s "$tmp/macros" ]; then
  cat "$tmp/macros" >&2
  status=1
fi
if [ ! -s "$tmp/$package.pot" ]; then
  echo "xgettext found no string to translate" >&2
  exit 1
fi

# "380 translated messages, 1 fuzzy translation, 2 untranslated messages."
count () {
  grep -o "[0-9][0-9]* $1" "$2" | head -n 1 | cut -d ' ' -f 1
}

# The messages of a .po without its header: where each is used, and its
# msgid.
list_messages () {
  awk 'BEGIN { RS = ""; ORS = "\n" } NR > 1' | grep -E '^(#:|msgctxt |msgid )' || true
}

languages=$(sed 's/#.*//' po/LINGUAS)
if [ -z "$(printf '%s' "$languages" | tr -d ' \t\n')" ]; then
  echo "po/LINGUAS lists no language" >&2
  exit 1
fi

for lang in $languages; do
  po=po/$lang.po
  if [ ! -f "$po" ]; then
    echo "$po: missing, but po/LINGUAS lists $lang" >&2
    status=1
    continue
  fi

  if ! msgfmt --check --statistics -o /dev/null "$po" 2>"$tmp/$lang.check"; then
    cat "$tmp/$lang.check" >&2
    echo "$po: msgfmt --check fails" >&2
    status=1
    continue
  fi

  if ! msgmerge --quiet --no-wrap -o "$tmp/$lang.po" "$po" "$tmp/$package.pot" 2>"$tmp/$lang.merge"; then
    cat "$tmp/$lang.merge" >&2
    echo "$po: cannot merge with the strings of the sources" >&2
    status=1
    continue
  fi
  if ! msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2>"$tmp/$lang.stats"; then
    cat "$tmp/$lang.stats" >&2
    echo "$po: msgfmt --check fails once merged with the strings of the sources" >&2
    status=1
    continue
  fi

  translated=$(count translated "$tmp/$lang.stats")
  fuzzy=$(count fuzzy "$tmp/$lang.stats")
  untranslated=$(count untranslated "$tmp/$lang.stats")
  translated=${translated:-0}
  fuzzy=${fuzzy:-0}
  untranslated=${untranslated:-0}
  echo "$lang: $translated translated, $fuzzy fuzzy, $untranslated untranslated (against the sources)"

  if [ "$fuzzy" -ne 0 ] || [ "$untranslated" -ne 0 ] || [ "$translated" -eq 0 ]; then
    status=1
    echo "$po is not complete for the strings in the sources; run" >&2
    echo "  meson compile -C BUILDDIR $package-update-po" >&2
    if [ "$untranslated" -ne 0 ]; then
      echo "and translate these:" >&2
      msgattrib --untranslated --no-obsolete --no-wrap "$tmp/$lang.po" | list_messages >&2
    fi
    if [ "$fuzzy" -ne 0 ]; then
      echo "and check these fuzzy ones (then remove the fuzzy flag):" >&2
      msgattrib --only-fuzzy --no-obsolete --no-wrap "$tmp/$lang.po" | list_messages >&2
    fi
  fi
done

exit $status
