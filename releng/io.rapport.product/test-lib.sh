# Shared by the product's test scripts (sourced): counters, checks and running the product's command line.
# Needs $rapport (the launcher under test) and $tmp (a scratch directory).
passed=0
failed=0

check() { # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}
run() { # run into $out/$err/$rc
  out=$("$rapport" "$@" 2>"$tmp/err"); rc=$?; err=$(cat "$tmp/err")
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
