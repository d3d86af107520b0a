#!/usr/bin/env bash
# Smoke test of the built product's command line, as a user or a scheduled job runs it: real processes,
# real exit codes, a project open in another process, an import killed with SIGKILL.
# Usage: smoke-test.sh <product directory> [<update site directory>]
set -uo pipefail
product=${1:?usage: smoke-test.sh <product directory> [<update site directory>]}
site=${2:-}
rapport="$product/rapport"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/test-lib.sh"

run --version
check "rapport --version" [ "$rc" -eq 0 -a -n "$out" ]

run formats --json
check "formats lists rapport-jsonl" [ "$(echo "$out" | json "[f['id'] for f in d['formats']].count('rapport-jsonl')")" = 1 ]
check "formats lists the channel importers of the importers feature" [ "$(echo "$out" | json "sorted(f['id'] for f in d['formats'] if f['id'] in ('x-archive','x-api-v2','mastodon','reddit','meta','google-play','app-store','trustpilot','zendesk','discourse'))")" = "['app-store', 'discourse', 'google-play', 'mastodon', 'meta', 'reddit', 'trustpilot', 'x-api-v2', 'x-archive', 'zendesk']" ]
check "a successful command writes nothing to stderr (${err:0:200})" [ -z "$err" ]

run sample "$tmp/sample"
check "sample writes the sample project (exit $rc: $err)" [ "$rc" -eq 0 ]
run info "$tmp/sample" --json
check "sample has thousands of interactions" [ "$(echo "$out" | json "d['interactions'] >= 5000")" = True ]
check "sample spans at least 12 months" [ "$(echo "$out" | json "d['first'][:7] <= '2025-10' and d['last'][:7] >= '2026-09'")" = True ]
run score "$tmp/sample" --json
check "score places the sample's survey on the hierarchy with the demo instrument" [ "$rc" -eq 0 -a "$(echo "$out" | json "(d['respondents'], d['instrument'], len(d['segments']))")" = "(400, 'Rapport demo engagement instrument', 4)" ]
run journey "$tmp/sample" --as-of 2026-10-31 --json
check "journey places the sample on the Social Engagement Journey, five dimensions" [ "$rc" -eq 0 -a "$(echo "$out" | json "(d['model']['id'], len(d['dimensions']), d['overall']['id'])")" = "('social-engagement-journey', 5, 'traditional')" ]
run gap "$tmp/sample" --json
check "gap ranks the twelve default expectations of the sample" [ "$rc" -eq 0 -a "$(echo "$out" | json "(len(d['rows']), d['rows'][0]['rank'])")" = "(12, 1)" ]

run new "$tmp/p" --account x:acmehelp --staff x:jdoe:support --space reddit:r/acme
check "new" [ "$rc" -eq 0 ]
printf '%s\n' '{"channel":"x","id":"1","kind":"post","author":{"handle":"kim"},"created_at":"2025-01-02T03:04:05Z","text":"@acmehelp hi"}' \
  '{"channel":"x","id":"2","kind":"reply","author":{"handle":"acmehelp"},"created_at":"2025-01-02T03:14:05Z","in_reply_to":"1"}' \
  'not json' > "$tmp/x.jsonl"
run import "$tmp/p" "$tmp/x.jsonl" --json
check "import reports imported/rejected" [ "$rc" -eq 0 -a "$(echo "$out" | json "(d['imported'], d['rejected'], d['files'][0]['errors'][0]['line'])")" = "(2, 1, 3)" ]
run import "$tmp/p" "$tmp/x.jsonl" --json
check "re-import adds no duplicates" [ "$(echo "$out" | json "(d['imported'], d['duplicates'])")" = "(0, 2)" ]
run import "$tmp/p" "$tmp/x.jsonl" --strict
check "strict import exits 3" [ "$rc" -eq 3 ]
run import "$tmp/p" "$tmp/missing.jsonl"
check "missing file exits 2 with one line" [ "$rc" -eq 2 -a "$(echo "$err" | wc -l)" -eq 1 ]
run info "$tmp/nowhere"
check "no project exits 2" [ "$rc" -eq 2 ]

# a project open in another process, then that process killed with SIGKILL in the middle of an import: a large
# interchange file (3 million lines) imported by a background `rapport import` on one core, so that the import
# lasts several seconds however fast it gets; its own temporary directory: DuckDB unpacks its native library
# there, and a killed process leaves it behind
mkdir -p "$tmp/jvmtmp"
python3 - "$tmp/big.jsonl" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(3_000_000):
        f.write('{"channel":"x","id":"%d","kind":"post","author":{"handle":"user%d"},"created_at":%d,'
                '"text":"a line of the smoke test, number %d, long enough to be a real post"}\n'
                % (i, i % 5000, 1_700_000_000 + i, i))
PY
run new "$tmp/big"
pin=(); command -v taskset > /dev/null && pin=(taskset -c 0)
RAPPORT_VMARGS="-Djava.io.tmpdir=$tmp/jvmtmp" "${pin[@]}" "$rapport" import "$tmp/big" "$tmp/big.jsonl" > "$tmp/big.out" 2>&1 &
importer=$!
rc=0
for _ in $(seq 1 60); do # until the import holds the project (each try starts a JVM: a second or two)
  run info "$tmp/big"
  [ "$rc" -eq 4 ] && break
  kill -0 "$importer" 2>/dev/null || break
  sleep 0.2
done
check "a project open in another process exits 4 naming it (rc $rc: ${err})" [ "$rc" -eq 4 ]
check "the message names the other process" grep -q "open in another process (PID" <<< "$err"
java_pid=$(pgrep -P "$importer" java)
check "the import runs in a java child of the launcher" [ -n "$java_pid" ]
kill -9 $java_pid 2>/dev/null
wait "$importer" 2>/dev/null
run info "$tmp/big" --json
check "after kill -9 the project opens, without the half import" [ "$rc" -eq 0 -a "$(echo "$out" | json "d['interactions']")" = 0 ]
rm -f "$tmp/big.jsonl"

# the update site beside the product: its categories, the features in them, the SDK's sources, self-contained
if [ -n "$site" ]; then
  check "the update site exists ($site)" [ -f "$site/content.jar" ]
  content=$(unzip -p "$site/content.jar" content.xml)
  for c in Rapport Importers SDK Examples; do
    check "the update site has the category $c" grep -q "name='org.eclipse.equinox.p2.name' value='$c'" <<< "$content"
  done
  for f in io.rapport.importers.feature io.rapport.sdk.feature org.example.rapport.feature; do
    check "the update site has $f" grep -q "id='$f.feature.group'" <<< "$content"
  done
  unzip -p "$site/artifacts.jar" artifacts.xml > "$tmp/artifacts.xml"
  signed=$(grep -c "name='pgp.signatures'" "$tmp/artifacts.xml")
  check "the site's artifacts carry PGP signatures ($signed)" [ "$signed" -gt 20 ]
  unsigned=$(python3 - "$tmp/artifacts.xml" <<'PY'
import re, sys
a = open(sys.argv[1]).read()
ours = 0
for m in re.finditer(r"<artifact classifier='([^']*)' id='([^']*)' version='[^']*'>(.*?)</artifact>", a, re.S):
    if re.match(r"(io\.rapport|org\.example\.rapport)", m.group(2)):
        ours += 1
        if "name='pgp.signatures'" not in m.group(3):
            print(m.group(1), m.group(2))
if ours < 30:
    print("only", ours, "Rapport artifacts found")
PY
)
  check "every Rapport and example artifact of the site is PGP-signed (${unsigned:0:200})" [ -z "$unsigned" ]
  check "the site publishes the signing key" grep -q "name='pgp.publicKeys'" "$tmp/artifacts.xml"
  if command -v gpg >/dev/null; then
    # one artifact's signature verified with gpg against the key the build signed with
    keyfile=${RAPPORT_PGP_PUBLIC_KEY:-$(dirname "$0")/../io.rapport.site/signing/test-public-key.asc}
    jar=$(ls "$site"/plugins/io.rapport.core_*.jar | head -1)
    python3 - "$tmp/artifacts.xml" "$(basename "$jar" .jar | sed 's/^io.rapport.core_//')" > "$tmp/core.asc" <<'PY'
import re, sys, html
a, version = open(sys.argv[1]).read(), sys.argv[2]
m = re.search(r"<artifact classifier='osgi.bundle' id='io.rapport.core' version='" + re.escape(version) + r"'>(.*?)</artifact>", a, re.S)
sig = re.search(r"<property name='pgp.signatures' value='(.*?)'/>", m.group(1), re.S).group(1)
print(html.unescape(sig))
PY
    gpghome=$(mktemp -d)
    GNUPGHOME=$gpghome gpg --batch --quiet --import "$keyfile" 2>/dev/null
    check "io.rapport.core's PGP signature verifies against the signing key" env GNUPGHOME=$gpghome gpg --batch --quiet --verify --logger-file /dev/null "$tmp/core.asc" "$jar"
    echo tampered >> "$tmp/tampered.jar"; cat "$jar" >> "$tmp/tampered.jar"
    check "a changed artifact fails that verification" bash -c "! GNUPGHOME=$gpghome gpg --batch --quiet --verify '$tmp/core.asc' '$tmp/tampered.jar' 2>/dev/null"
    rm -rf "$gpghome"
  fi
  check "the update site carries the API sources" [ -n "$(ls "$site/plugins" | grep '^io.rapport.core.source_')" ]
  check "the update site is self-contained (the OSGi framework and DuckDB are in it)" [ -n "$(ls "$site/plugins" | grep '^org.eclipse.osgi_')" -a -n "$(ls "$site/plugins" | grep '^org.duckdb.duckdb_jdbc_')" ]
fi

# the products for the other platforms, built beside this one: their archives, and their headless part runs
# here too (the command line needs no platform-specific bundle; the workbench's SWT cannot be run here)
products="$(cd "$product/../../../.." 2>/dev/null && pwd)"
if [ -d "$products/win32" ]; then
  for archive in linux.gtk.x86_64.tar.gz linux.gtk.aarch64.tar.gz win32.win32.x86_64.zip macosx.cocoa.x86_64.tar.gz macosx.cocoa.aarch64.tar.gz; do
    check "the product archive for $archive exists" [ -n "$(ls "$products"/../rapport-*-"$archive" 2>/dev/null)" ]
  done
  for other in win32/win32/x86_64/rapport macosx/cocoa/aarch64/rapport.app/Contents/Eclipse linux/gtk/aarch64/rapport; do
    d="$products/$other"
    launcher=$(ls "$d"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -1)
    out=$("${JAVA_HOME:-/usr}/bin/java" -Djava.util.logging.config.file="$d/logging.properties" \
      -Dosgi.sharedConfiguration.area="$d/configuration" -jar "$launcher" -install "$d" \
      -configuration "$tmp/config-${other%%/*}" -data @none -nosplash -application io.rapport.cli.application \
      formats --json 2>/dev/null)
    check "the $other product's command line lists the importers" [ "$(echo "$out" | json "len(d['formats']) >= 12" 2>/dev/null)" = True ]
  done
  check "the Windows product has its launcher script" [ -f "$products/win32/win32/x86_64/rapport/rapport.cmd" ]
  check "the macOS product has its launcher script, executable" [ -x "$products/macosx/cocoa/aarch64/rapport.app/Contents/Eclipse/rapport" ]
fi

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
