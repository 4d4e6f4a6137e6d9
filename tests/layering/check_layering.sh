#!/usr/bin/env bash
# Fails when an include crosses a forbidden edge. Allowed: domain <- app <- {storage, web, cli, mail} <- main.
# Usage: check_layering.sh SRC_DIR
set -uo pipefail
src=${1:?usage: check_layering.sh SRC_DIR}
problems=0

allowed_for() {
  case $1 in
    domain) echo "domain" ;;
    app) echo "domain app" ;;
    storage) echo "domain app storage" ;;
    web) echo "domain app web" ;;
    cli) echo "domain app cli" ;;
    mail) echo "domain app mail" ;;
    main) echo "domain app storage web cli mail main" ;;
  esac
}

# Libraries that belong to one outer layer only.
forbidden_libraries_for() {
  case $1 in
    domain) echo "boost soci sqlite3 libpq yaml-cpp sodium CLI spdlog curl" ;;
    app) echo "boost/beast boost/asio soci sqlite3 libpq CLI curl" ;;
    cli) echo "soci sqlite3 libpq boost/beast" ;;
    web) echo "soci sqlite3 libpq CLI curl" ;;
    mail) echo "soci sqlite3 libpq boost/beast boost/asio CLI" ;;
    *) echo "" ;;
  esac
}

# Parts of a forbidden library a layer may use all the same: Boost.Math's distributions are pure functions.
excepted_libraries_for() {
  case $1 in
    domain) echo "boost/math/" ;;
    *) echo "" ;;
  esac
}

for layer in domain app storage web cli mail main; do
  [ -d "$src/$layer" ] || continue
  allowed=$(allowed_for "$layer")
  forbidden=$(forbidden_libraries_for "$layer")
  excepted=$(excepted_libraries_for "$layer")
  while IFS= read -r -d '' file; do
    line_number=0
    while IFS= read -r line; do
      line_number=$((line_number + 1))
      if [[ $line =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([a-z_]+)/ ]]; then
        target=${BASH_REMATCH[1]}
        if ! grep -qw -- "$target" <<<"$allowed"; then
          echo "$file:$line_number: $layer must not include $target: $line"
          problems=$((problems + 1))
        fi
      elif [[ $line =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\<([^\>]+)\> ]]; then
        header=${BASH_REMATCH[1]}
        for exception in $excepted; do
          [[ $header == "$exception"* ]] && continue 2
        done
        for library in $forbidden; do
          if [[ $header == "$library"* ]]; then
            echo "$file:$line_number: $layer must not use $library: $line"
            problems=$((problems + 1))
          fi
        done
      fi
    done <"$file"
  done < <(find "$src/$layer" -type f \( -name '*.cpp' -o -name '*.hpp' \) -print0)
done

if [ "$problems" -gt 0 ]; then
  echo "$problems include(s) cross a layer boundary; see docs/adr/0001-layers.md"
  exit 1
fi
echo "layering ok"
