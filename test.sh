#!/usr/bin/env bash
# Sets up and runs every test: unit, service, end-to-end (the whole AppHost, started once) and browser.
# Ends with one line: "Tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

# Tests run the infrastructure as local processes, in their own data folder and node names,
# so they never meet a running ./run.sh.
export ALLIANCE_INFRA=local
install_prerequisites test

results="$PWD/TestResults"
rm -rf "$results"

# Names each failed test with the first lines of its message, so that the end of a long log says what failed.
list_failures() {
  local trx
  for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    awk '
      /<UnitTestResult / && /outcome="Failed"/ {
        match($0, /testName="[^"]*"/); print "FAILED " substr($0, RSTART + 10, RLENGTH - 11); failed = 1; lines = 0; next
      }
      failed && /<Message>/ { inside = 1; sub(/.*<Message>/, "") }
      failed && inside {
        done = sub(/<\/Message>.*/, "")
        if (lines++ < 8) print "    " $0
        if (done) { inside = 0; failed = 0 }
      }
    ' "$trx" | sed -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g'
  done
}

summary() {
  local passed=0 failed=0 counters
  for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
    passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
    failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
  done
  if [ "$1" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  [ "$failed" -eq 0 ] || list_failures
  echo "Tests: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

if ! dotnet build Alliance.sln -nologo -v quiet; then
  echo "The build failed."
  echo "Tests: 0 passed, 1 failed"
  exit 1
fi

dotnet test Alliance.sln --no-build -nologo \
  --logger "trx;LogFilePrefix=results" --logger "console;verbosity=normal" \
  --results-directory "$results"
status=$?
summary "$status"
