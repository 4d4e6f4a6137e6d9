#!/usr/bin/env bash
# One subject's report from a fixed demo (60 people, seed 7), as JSON, CSV and HTML, compared with the
# files kept in tests/golden/report/: a change in what users read shows up as a diff in review.
# Usage: check_report_golden.sh PATH/TO/leadline SOURCE_DIR
# After a change that is meant to alter reports: LEADLINE_UPDATE_GOLDEN=1 check_report_golden.sh ...
# writes the files anew; review the diff before committing them.
set -euo pipefail
leadline=$1
golden=$2/tests/golden/report
subject=bethan.singh@demo-council.example
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No stylesheet: the HTML file is compared without the compiled GOV.UK styles, which change on their own.
mkdir "$work/static"
export LEADLINE_STATIC="$work/static"
"$leadline" demo --db "$work/demo.db" --people 60 --seed 7 >/dev/null
status=0
for format in json csv html; do
  "$leadline" report --db "$work/demo.db" --cycle 1 --subject "$subject" --format "$format" >"$work/report.$format"
  if [ "${LEADLINE_UPDATE_GOLDEN:-0}" = 1 ]; then
    cp "$work/report.$format" "$golden/report.$format"
    echo "wrote $golden/report.$format"
  elif ! diff -u "$golden/report.$format" "$work/report.$format" >"$work/diff.$format"; then
    echo "FAIL: the $format report differs from $golden/report.$format:"
    head -60 "$work/diff.$format"
    status=1
  else
    echo "ok: $format report as kept"
  fi
done
exit $status
