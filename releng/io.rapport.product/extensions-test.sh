#!/usr/bin/env bash
# End-to-end test of extensions in the built product, as IT and a user meet them: 'rapport extensions' installs
# the example extension from the build's update site into a copy of the product; then its importer, its gap
# indicator and its view are there (the view in the installed workbench, under Xvfb); uninstalled, it is gone
# after a restart. Trust: a site signed by a stranger's key and an unsigned site are refused (nothing changes)
# unless allowed.
# Usage: extensions-test.sh <product directory> <update site directory>   (needs a display, xdotool, gpg)
set -uo pipefail
built=${1:?usage: extensions-test.sh <product directory> <update site directory>}
site=${2:?usage: extensions-test.sh <product directory> <update site directory>}
repo=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/test-lib.sh"
product="$tmp/rapport"
cp -r "$built" "$product"   # the build's product stays untouched
rapport="$product/rapport"
export RAPPORT_HOME="$tmp/home"
example=org.example.rapport.feature

installed_ids() { "$rapport" extensions list --json | json "' '.join(e['id'] for e in d['installed'])"; }

# The installed workbench, started and closed with File > Exit (Ctrl+Q): it saves its application model, whose
# part descriptors are what Window > Show View lists. Prints the Show View entries (id) of category Examples.
workbench_example_views() {
  "$rapport" >"$tmp/workbench.log" 2>&1 &
  local pid=$! window="" i
  for i in $(seq 1 300); do
    window=$(xdotool search --onlyvisible --name '^Rapport' 2>/dev/null | head -1)
    [ -n "$window" ] && break
    sleep 0.2
  done
  sleep 2
  # no window manager under Xvfb: focus the window directly, then the key goes to it
  [ -n "$window" ] && { xdotool windowfocus --sync "$window" 2>/dev/null; xdotool key --window "$window" ctrl+q; }
  for i in $(seq 1 100); do kill -0 $pid 2>/dev/null || break; sleep 0.2; done
  kill $pid 2>/dev/null; wait $pid 2>/dev/null
  local model="$RAPPORT_HOME/workspace/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"
  [ -f "$model" ] && grep -o '<descriptors [^>]*category="Examples"[^>]*' "$model" | grep -o 'elementId="[^"]*"' | sort
  rm -f "$model"
}

run extensions list --json
check "a fresh product has no extensions installed" [ "$rc" -eq 0 -a "$(echo "$out" | json "len(d['installed'])")" = 0 ]
run extensions sites
check "the build's update site is preconfigured (p2.inf)" grep -q "^https://updates.rapport.example/releases/$" <<< "$out"
run extensions list --available --site "$site" --json
check "the site offers the example extension" [ "$rc" -eq 0 -a "$(echo "$out" | json "'$example' in [e['id'] for e in d['available']]")" = True ]
check "an unreachable configured site is reported, not fatal" [ "$(echo "$out" | json "len(d['unreadable_sites'])")" = 1 ]

# trust: a copy of the site signed by a stranger's key, and one with no signatures at all
if command -v gpg >/dev/null; then
  export GNUPGHOME="$tmp/gnupg"; mkdir -m 700 "$GNUPGHOME"
  gpg --batch --quiet --passphrase '' --quick-gen-key "Stranger <stranger@example.invalid>" rsa2048 sign never 2>/dev/null
  stranger=$(gpg --batch --with-colons --fingerprint stranger@example.invalid | awk -F: '/^fpr/ {print $10; exit}')
  python3 "$(dirname "$0")/site-signatures.py" "$site" "$tmp/stranger-site" --sign-with "$stranger"
  run extensions install $example --site "$tmp/stranger-site"
  check "a site signed by an untrusted key is refused with exit 3 (rc $rc)" [ "$rc" -eq 3 ]
  check "the refusal names the untrusted key" grep -q "not trusted: PGP key $stranger" <<< "$err"
  check "after the refusal nothing is installed" [ -z "$(installed_ids)" -a -z "$(ls "$product/plugins" | grep org.example)" ]
  run extensions install $example --site "$tmp/stranger-site" --trust-key "$stranger"
  check "the same site installs when the admin trusts the key (rc $rc: ${err:0:300})" [ "$rc" -eq 0 ]
  run extensions uninstall $example
  check "uninstall takes the extension's bundles out of the configuration" [ "$rc" -eq 0 -a -z "$(grep org.example "$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info")" ]
else
  check "gpg is needed for the untrusted-key test" false
fi
python3 "$(dirname "$0")/site-signatures.py" "$site" "$tmp/unsigned-site" --strip
run extensions install $example --site "$tmp/unsigned-site"
check "an unsigned site is refused with exit 3 (rc $rc)" [ "$rc" -eq 3 ]
check "the refusal lists the unsigned artifacts" grep -q "not signed: .*org.example.rapport.slack_" <<< "$err"
check "after the refusal nothing is installed" [ -z "$(installed_ids)" ]
echo "io.rapport.extensions/allowUnsigned=true" > "$product/plugin_customization.ini"
run extensions install $example --site "$tmp/unsigned-site"
check "an unsigned site installs when the admin allows it in plugin_customization.ini (rc $rc)" [ "$rc" -eq 0 ]
rm "$product/plugin_customization.ini"
"$rapport" extensions uninstall $example >/dev/null 2>&1

# the real install, from the build's signed site, configured by the admin in plugin_customization.ini
echo "io.rapport.extensions/sites=$site" > "$product/plugin_customization.ini"
run extensions install $example --json
check "install from the admin's site succeeds (rc $rc: ${err:0:300})" [ "$rc" -eq 0 -a "$(echo "$out" | json "[e['id'] for e in d['added']]")" = "['$example']" ]
check "extensions list shows it" [ "$(installed_ids)" = "$example" ]
run formats --json
check "formats lists the example importer" [ "$(echo "$out" | json "'slack-export' in [f['id'] for f in d['formats']]")" = True ]
run new "$tmp/acme" --staff slack:jo:support --staff slack:sam:engineering --space "slack:#acme-help"
run import "$tmp/acme" "$repo/bundles/org.example.rapport.slack.tests/fixtures/own/acme-slack" --json
check "importing a Slack export with the example importer works (rc $rc)" [ "$rc" -eq 0 -a "$(echo "$out" | json "(d['imported'], d['rejected'], d['files'][0]['format'])")" = "(10, 0, 'slack-export')" ]
run gap "$tmp/acme" --from 2024-01-01 --to 2024-01-31 --json
check "the example indicator is in rapport gap: 2 of 4 threads answered" [ "$(echo "$out" | json "[c['value'] for i in d['indicators'] if i['id'] == 'slack-threads-answered' for c in i['channels']]")" = "[50.0]" ]
views=$(workbench_example_views)
check "the installed workbench's Show View lists the example view (${views:-none})" [ "$views" = 'elementId="org.example.rapport.slack.ui.part.channels"' ]
run extensions update
check "update with nothing newer changes nothing" [ "$rc" -eq 0 -a "$out" = "Nothing to change." ]

run extensions uninstall $example
check "uninstall (rc $rc)" [ "$rc" -eq 0 ]
check "after uninstalling, extensions list is empty" [ -z "$(installed_ids)" ]
run formats --json
check "after a restart the example importer is gone" [ "$(echo "$out" | json "'slack-export' in [f['id'] for f in d['formats']]")" = False ]
views=$(workbench_example_views)
check "after a restart the workbench no longer lists the example view (${views:-none})" [ -z "$views" ]
run extensions uninstall $example
check "uninstalling what is not installed exits 2" [ "$rc" -eq 2 ]
echo "extensions: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
