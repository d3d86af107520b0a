#!/usr/bin/env python3
"""Copies a p2 update site, changing the PGP signatures of its artifacts, for the extensions test:
   site-signatures.py SITE COPY --strip                 no artifact signed at all
   site-signatures.py SITE COPY --sign-with FINGERPRINT every artifact signed (only) by that gpg key instead
The copy's artifacts.xml is written plain (no artifacts.jar/.xz), everything else is copied as it is."""
import html, lzma, os, re, shutil, subprocess, sys, zipfile

site, copy, mode = sys.argv[1], sys.argv[2], sys.argv[3]
key = sys.argv[4] if mode == "--sign-with" else None
shutil.copytree(site, copy)
if os.path.exists(os.path.join(copy, "artifacts.xml.xz")):
    xml = lzma.open(os.path.join(copy, "artifacts.xml.xz")).read().decode("utf-8")
else:
    xml = zipfile.ZipFile(os.path.join(copy, "artifacts.jar")).read("artifacts.xml").decode("utf-8")
for f in ("artifacts.jar", "artifacts.xml.xz"):
    if os.path.exists(os.path.join(copy, f)):
        os.remove(os.path.join(copy, f))

FOLDERS = {"osgi.bundle": ("plugins", ".jar"), "org.eclipse.update.feature": ("features", ".jar"), "binary": ("binary", "")}


def attr(text):
    return html.escape(text, quote=True).replace("\n", "&#xA;")


def gpg(*args):
    return subprocess.run(["gpg", "--batch", "--quiet", *args], check=True, capture_output=True).stdout.decode()


public_key = gpg("--armor", "--export", key) if key else None


def rewrite(match):
    classifier, ident, version, body = match.group(1), match.group(2), match.group(3), match.group(4)
    props = [p for p in re.findall(r"\s*<property name='[^']*' value='[^']*'/>", body, re.S)
             if "name='pgp." not in p]
    if key:
        folder, suffix = FOLDERS[classifier]
        path = os.path.join(copy, folder, f"{ident}_{version}{suffix}")
        signature = gpg("--armor", "--local-user", key, "--detach-sign", "--output", "-", path)
        props.append(f"\n        <property name='pgp.signatures' value='{attr(signature)}'/>")
        props.append(f"\n        <property name='pgp.publicKeys' value='{attr(public_key)}'/>")
    body = re.sub(r"<properties size='\d+'>.*?</properties>",
                  lambda _: f"<properties size='{len(props)}'>" + "".join(props) + "\n      </properties>", body, flags=re.S)
    return f"<artifact classifier='{classifier}' id='{ident}' version='{version}'>{body}</artifact>"


# the repository-level key list (before the artifacts) is the original signer's: drop it
start = xml.index("<artifacts")
xml = re.sub(r"\s*<property name='pgp\.publicKeys' value='[^']*'/>", "", xml[:start]) + xml[start:]
xml = re.sub(r"<artifact classifier='([^']*)' id='([^']*)' version='([^']*)'>(.*?)</artifact>", rewrite, xml, flags=re.S)
with open(os.path.join(copy, "artifacts.xml"), "w", encoding="utf-8") as out:
    out.write(xml)
index = os.path.join(copy, "p2.index")
if os.path.exists(index):
    text = re.sub(r"artifact\.repository\.factory\.order=.*", r"artifact.repository.factory.order=artifacts.xml,\\!", open(index).read())
    open(index, "w").write(text)
