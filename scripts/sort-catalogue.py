#!/usr/bin/env python3
"""Sorts the entries of a catalogue file (crates/tfr-core/src/i18n/*.rs) by key, in place."""
import re, sys
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    head, sep, rest = text.partition("= &[\n")
    body, end_sep, tail = rest.rpartition("];")
    entries = re.findall(r'^    \("([^"]+)", .*\),\n', body, flags=re.M)
    lines = [l + "\n" for l in body.rstrip("\n").split("\n")]
    assert len(entries) == len(lines), (path, len(entries), len(lines))
    pairs = sorted(zip(entries, lines), key=lambda p: p[0].encode())
    open(path, "w", encoding="utf-8").write(head + sep + "".join(l for _, l in pairs) + end_sep + tail)
