#!/usr/bin/env bash
# Runs the leadline command as a user would and checks what they would see.
# Usage: cli_smoke.sh PATH/TO/leadline SOURCE_DIR
set -uo pipefail
leadline=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0

# expect NAME EXIT_CODE TEXT -- COMMAND...: the command exits with EXIT_CODE and prints TEXT.
# The newest schema this build knows: the last step listed in src/storage/migrations/migrations.cpp.
latest_schema=$(grep -oE '^ +\{[0-9]+, "' "$source_dir/src/storage/migrations/migrations.cpp" | tail -1 | tr -dc '0-9')

expect() {
  local name=$1 code=$2 text=$3
  shift 4
  local output status
  output=$("$@" 2>&1)
  status=$?
  if [ "$status" -ne "$code" ] || ! grep -qF -- "$text" <<<"$output"; then
    echo "FAIL: $name (exit $status, wanted $code and \"$text\")"
    sed 's/^/    /' <<<"$output" | head -20
    failures=$((failures + 1))
  else
    echo "ok: $name"
    passes=$((passes + 1))
  fi
}

expect "help lists the commands" 0 "demo" -- "$leadline" --help
expect "version" 0 "leadline 0." -- "$leadline" --version
expect "a command's help" 0 "--truth" -- "$leadline" demo --help
expect "serve's help" 0 "--base-url" -- "$leadline" serve --help
expect "serve refuses an address it cannot use" 1 "not an IP address" -- "$leadline" serve --db "$work/serve.db" --host nowhere
expect "routes lists the table" 0 "/admin/cycles/{cycle}/reports/{person}" -- "$leadline" routes
expect "routes says who may use each and the form token a post needs" 0 "link holder  rater link" -- "$leadline" routes
expect "unknown command is a user error" 1 "help" -- "$leadline" frobnicate
expect "missing --db is a user error" 1 "--db" -- "$leadline" migrate
expect "shipped frameworks check" 0 "leadership-in-action.yaml: ok" -- "$leadline" frameworks check "$source_dir"/frameworks/*.yaml
expect "frameworks list" 0 "culture-check" -- "$leadline" frameworks list
expect "frameworks show" 0 "Consistently" -- "$leadline" frameworks show leadership-in-action
expect "unknown framework" 1 "no framework" -- "$leadline" frameworks show nonesuch

sed 's/^    summary: Hears people./    summry: Hears people./' >"$work/broken.yaml" <<'YAML'
id: broken
name: Broken
version: "1"
description: d
source: s
licence: l
scale:
  points: [{value: 1, label: A}, {value: 2, label: B}]
  not_observed: N
attributes:
  - id: a
    name: A
    summary: Hears people.
    behaviours: []
YAML
expect "a broken framework names file, line and column" 1 "broken.yaml:13:5: unknown key \"summry\"" -- \
  "$leadline" frameworks check "$work/broken.yaml"

cat >"$work/bare.yaml" <<'YAML'
id: bare
name: Bare
version: "1"
description: d
source: s
licence: l
use: feedback-360
scale:
  points: [{value: 1, label: A}, {value: 2, label: B}]
  not_observed: N
attributes:
  - id: hearing
    name: Hearing
    summary: Hears people.
    behaviours:
      - {id: hears, rater: "Hears people.", self: "I hear people."}
      - {id: asks, rater: "Asks what people need.", self: "I ask what people need."}
      - {id: checks, rater: "Checks they understood.", self: "I check I understood."}
YAML
expect "a 360 framework with nothing to develop is checked, with a warning" 0 \
  'warning: the attribute "hearing" has no stretch experiences or micro-actions' -- \
  "$leadline" frameworks check "$work/bare.yaml"
if "$leadline" frameworks check "$source_dir"/frameworks/*.yaml 2>&1 | grep -q "warning"; then
  echo "FAIL: a shipped framework has an attribute with nothing to develop"
  failures=$((failures + 1))
else
  echo "ok: every shipped 360 framework can be developed against"
  passes=$((passes + 1))
fi

expect "demo creates a database" 0 "published" -- "$leadline" demo --db "$work/demo.db" --people 120 --truth "$work/truth.json"
expect "the truth file names the planted blind spots" 0 "blind_spots" -- cat "$work/truth.json"
expect "demo refuses a database with people" 1 "already has people" -- "$leadline" demo --db "$work/demo.db"
expect "demo refuses too few people" 1 "60" -- "$leadline" demo --db "$work/small.db" --people 5
expect "the demo cycle is published" 0 "published, " -- "$leadline" cycles list --db "$work/demo.db"
subject=$(grep -o '"email": *"[^"]*"' "$work/truth.json" | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
expect "a subject's report as JSON" 0 '"self_awareness":' -- "$leadline" report --db "$work/demo.db" --cycle 1 --subject "$subject"
expect "a subject's report as CSV" 0 "level,attribute,behaviour,column,n,mean,sd,low,high,not_observed" -- \
  "$leadline" report --db "$work/demo.db" --cycle 1 --subject "$subject" --format csv
expect "a subject's report as one HTML file with its charts" 0 '<svg role="img"' -- \
  "$leadline" report --db "$work/demo.db" --cycle 1 --subject "$subject" --format html
expect "no report before publishing" 1 "not published yet" -- "$leadline" report --db "$work/demo.db" --cycle 2 --subject "$subject"
expect "no report for someone not in the cycle" 1 "is not a subject" -- "$leadline" report --db "$work/demo.db" --cycle 1 --subject nobody@elsewhere.example
expect "learning sets of a cycle's subjects, each with why it is diverse" 0 "people): 3 departments" -- \
    "$leadline" sets --db "$work/demo.db" --cycle 1 --size 6-8 --seconds 0.3
# The demo saved its own sets first (1), so these are the second.
expect "learning sets can be saved" 0 "Saved as learning sets 2" -- \
    "$leadline" sets --db "$work/demo.db" --cycle 1 --seconds 0.3 --save "Leaders 2026"
expect "learning sets as CSV" 0 "set,why_diverse,email,name,unit_path,profession,grade,region" -- \
    "$leadline" sets --db "$work/demo.db" --cycle 1 --seconds 0.3 --format csv
printf 'email\n%s\nnobody@elsewhere.example\n' "$subject" >"$work/set-people.csv"
expect "a set list naming someone unknown says where" 1 "line 3, column email: nobody@elsewhere.example is not in the people directory" -- \
    "$leadline" sets --db "$work/demo.db" --people "$work/set-people.csv"
expect "sets that cannot be made say why" 1 "too few for one set of at least 500" -- "$leadline" sets --db "$work/demo.db" --cycle 1 --size 500-600
expect "sets need a cycle or a list" 1 "Give either --cycle" -- "$leadline" sets --db "$work/demo.db"
expect "mentor matching from a published cycle, each match with its reason" 0 "Strong in " -- \
    "$leadline" match --db "$work/demo.db" --cycle 1
expect "mentor matching as CSV" 0 "mentee_email,mentee_name,mentor_email,mentor_name,fit,reason" -- \
    "$leadline" match --db "$work/demo.db" --cycle 1 --capacity 1 --format csv
expect "no matching before publishing" 1 "not published yet" -- "$leadline" match --db "$work/demo.db" --cycle 2
expect "matching without --cycle uses the latest published one" 0 "Strong in " -- "$leadline" match --db "$work/demo.db"
printf 'email,develop\nnobody@nowhere.example,Colaborating\n' >"$work/choices.csv"
expect "a choices file's problems by line and column" 1 "line 2, column email: nobody@nowhere.example is not in" -- \
    "$leadline" match --db "$work/demo.db" --choices "$work/choices.csv"
expect "migrate reports the version" 0 "schema version $latest_schema (latest $latest_schema)" -- "$leadline" migrate --db "$work/demo.db"
expect "export people" 0 "email,name,unit_path,grade,profession,region,manager_email" -- "$leadline" export people --db "$work/demo.db"
expect "backup" 0 "Backed up" -- "$leadline" backup --db "$work/demo.db" --to "$work/copy.db"
expect "the backup opens" 0 "schema version $latest_schema (latest $latest_schema)" -- "$leadline" migrate --db "$work/copy.db"

printf 'email,name,unit_path,grade,profession,region,manager_email\nsam@x.example,Sam,Housing,EO,P,W,\nbad,Bad,Housing,EO,P,W,\n' >"$work/people.csv"
expect "import with a bad line writes nothing" 1 "line 3, column email" -- "$leadline" import people --db "$work/new.db" "$work/people.csv"
expect "and the directory is still empty" 0 "" -- bash -c "[ \$('$leadline' export people --db '$work/new.db' | wc -l) -eq 1 ]"
printf 'email,name,unit_path,grade,profession,region,manager_email\nsam@x.example,Sam,Housing,EO,P,W,\n' >"$work/people.csv"
expect "import a good file" 0 "1 added" -- "$leadline" import people --db "$work/new.db" "$work/people.csv"
expect "import a missing file" 1 "Cannot read" -- "$leadline" import people --db "$work/new.db" "$work/missing.csv"
expect "an unreachable PostgreSQL is a user error" 1 "Cannot open the database" -- \
  "$leadline" migrate --db "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"

# Learning sets on an MDGPLIB instance: four elements, two pairs; the best pairs 0 with 3 and 1 with 2.
printf '4 2 ss 2 2 2 2\n0 1 1.5\n0 2 2\n0 3 9\n1 2 8\n1 3 0.5\n2 3 1\n' >"$work/four.txt"
expect "sets solves an MDGPLIB instance, objective last" 0 "" -- \
  bash -c "[ \"\$('$leadline' sets --mdgp '$work/four.txt' --seconds 0.2 --seed 3 | tail -1)\" = 17.000000 ]"
expect "sets names the line and column of a broken instance" 1 "four-broken.txt: line 1, column 5" -- \
  bash -c "sed 's/ ss / xx /' '$work/four.txt' >'$work/four-broken.txt'; '$leadline' sets --mdgp '$work/four-broken.txt'"
expect "sets refuses a missing file" 1 "Cannot read" -- "$leadline" sets --mdgp "$work/none.txt"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
