#!/usr/bin/env bash
# Proves the layering check can fail: it must reject a domain file that includes storage or SOCI,
# and a web file that includes storage.
set -uo pipefail
checker=${1:?usage: check_layering_catches.sh CHECKER}
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/domain" "$tree/app" "$tree/web"
failures=0

attempt() {
  local file=$1 text=$2
  rm -f "$tree"/*/*.hpp
  printf '%s\n' "$text" >"$tree/$file"
  if "$checker" "$tree" >/dev/null; then
    echo "FAIL: the checker accepted $file with: $text"
    failures=$((failures + 1))
  fi
}

attempt domain/bad.hpp '#include "storage/soci_store.hpp"'
attempt domain/bad.hpp '#include <soci/soci.h>'
attempt domain/bad.hpp '#include <boost/json.hpp>'
attempt domain/bad.hpp '#include <boost/mathematics_of_anything.hpp>'
attempt domain/bad.hpp '#include <sqlite3.h>'
attempt domain/bad.hpp '#include <libpq-fe.h>'
attempt domain/bad.hpp '#include "app/ports/store.hpp"'
attempt web/bad.hpp '#include "storage/soci_store.hpp"'
attempt app/bad.hpp '#include "cli/cli.hpp"'

rm -f "$tree"/*/*.hpp
printf '#include "domain/core/result.hpp"\n#include <vector>\n' >"$tree/app/fine.hpp"
if ! "$checker" "$tree" >/dev/null; then
  echo "FAIL: the checker rejected an allowed include"
  failures=$((failures + 1))
fi
[ "$failures" -eq 0 ] && echo "the layering check rejects every forbidden include"
[ "$failures" -eq 0 ]
