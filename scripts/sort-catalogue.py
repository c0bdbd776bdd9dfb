#!/usr/bin/env python3
"""Sorts the entries of a catalogue file (crates/tfr-core/src/i18n/*.rs) by key, in place.

A catalogue file holds one string, `pub static TEXT: &str = "` ... `";`, with one entry per line:
the key, `\\t`, then the template."""
import sys

for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    head, sep, rest = text.partition('pub static TEXT: &str = "\n')
    body, end_sep, tail = rest.rpartition('\n";')
    assert sep and end_sep, f"{path}: not a catalogue file"
    lines = [line for line in body.split("\n") if line]
    assert all("\\t" in line for line in lines), f"{path}: a line without a key and a tab"
    lines.sort(key=lambda line: line.split("\\t", 1)[0].encode())
    open(path, "w", encoding="utf-8").write(head + sep + "\n".join(lines) + end_sep + tail)
