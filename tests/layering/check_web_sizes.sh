#!/usr/bin/env bash
# Keeps the web layer a map a newcomer can read: no file in src/web over 400 lines, and no function in
# src/web/handlers or src/web/views over 60 lines (counted from its first line at the left margin to its
# closing brace there, as clang-format lays them out).
set -euo pipefail
web=${1:?usage: check_web_sizes.sh SRC_WEB_DIR}
status=0
while IFS= read -r file; do
  lines=$(wc -l <"$file")
  if [ "$lines" -gt 400 ]; then
    echo "$file: $lines lines (at most 400)"
    status=1
  fi
done < <(find "$web" -name '*.cpp' -o -name '*.hpp')
while IFS= read -r file; do
  awk -v file="$file" '
    /^(namespace|struct|class|enum|using|template|#|\/\/)/ { next }
    /^[A-Za-z]/ && !start { start = NR; name = $0 }
    start && /\{$/ { opened = 1 }
    start && !opened && /;$/ { start = 0 }
    /^}/ && start { if (NR - start > 60) { printf "%s:%d: a function of %d lines (at most 60): %s\n", file, start, NR - start, name; bad = 1 } start = 0; opened = 0 }
    END { exit bad }' "$file" || status=1
done < <(find "$web/handlers" "$web/views" -name '*.cpp')
exit $status
