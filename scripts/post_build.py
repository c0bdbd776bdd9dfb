#!/usr/bin/env python3
"""Trunk post-build hook: writes the Content-Security-Policy (with the hash of trunk's inline loader script)
into index.html, and the service worker's version and file list into sw.js. Runs in trunk's staging folder."""
import base64
import hashlib
import json
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
index_path = os.path.join(staging, "index.html")
html = open(index_path, encoding="utf-8").read()

hashes = []
for script in re.findall(r"<script(?: [^>]*)?>(.*?)</script>", html, flags=re.S):
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    hashes.append(f"'sha256-{digest}'")

policy = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
])
# The release build minifies index.html, which drops the quotes around the placeholder: write them back.
html, found = re.subn(r'content=("?)__CSP__\1(?=[\s>/])', lambda _: f'content="{policy}"', html)
if found != 1:
    sys.exit("post_build: index.html has no content=\"__CSP__\" placeholder (or more than one)")
open(index_path, "w", encoding="utf-8").write(html)

files = sorted(
    os.path.relpath(os.path.join(d, f), staging).replace(os.sep, "/")
    for d, _, names in os.walk(staging)
    for f in names
    if f != "sw.js" and not f.startswith(".")
)
version = hashlib.sha256()
for rel in files:
    version.update(rel.encode())
    version.update(open(os.path.join(staging, rel), "rb").read())
sw_path = os.path.join(staging, "sw.js")
sw = open(sw_path, encoding="utf-8").read()
cached = ["./"] + [f"./{f}" for f in files if f != "index.html"]
sw = sw.replace("'__VERSION__'", json.dumps(version.hexdigest()[:16])).replace("__FILES__", json.dumps(cached))
open(sw_path, "w", encoding="utf-8").write(sw)
print(f"post_build: CSP with {len(hashes)} script hash(es); service worker caches {len(cached)} files")
