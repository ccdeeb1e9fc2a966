#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generates evaluation-pairs.jsonl for I-DEDUP-3 from the hand-written notices in bases.py.

Run from this directory:  python3 generate_evaluation_pairs.py > evaluation-pairs.jsonl
Deterministic (fixed seed); no third-party packages.
"""
import json
import random
import re
import sys
import unicodedata

from bases import BASES, LOCAL_SENTENCES, NEW_HEADINGS, HEADERS, FOOTERS, NAME_ONLY_ALTS

rnd = random.Random(20240705)

# New-style tone placement (on the main vowel) -> old style (on the last vowel), I-DEDUP-3.
TONE_NEW_TO_OLD = [("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
                   ("òe", "oè"), ("óe", "oé"), ("ỏe", "oẻ"), ("õe", "oẽ"), ("ọe", "oẹ"),
                   ("ùy", "uỳ"), ("úy", "uý"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ"),
                   ("Ủy", "Uỷ"), ("ÒA", "OÀ"), ("ỦY", "UỶ")]
TONE_RE = re.compile("(" + "|".join(n for n, _ in TONE_NEW_TO_OLD) + r")(?![^\W\d_])")
TONE_MAP = dict(TONE_NEW_TO_OLD)


def notice(title, body):
    return {"title": title, "body": body}


def text_of(base, sentences=None):
    return " ".join(sentences if sentences is not None else base["sentences"])


def substitute(subs, title, body, what, lenient=False):
    for old, new in subs:
        if old not in title and old not in body:
            if lenient:
                continue  # the facts change already rewrote this phrase
            raise SystemExit(f"{what}: {old!r} not found in {title!r}")
        title, body = title.replace(old, new), body.replace(old, new)
    return title, body


def wrap(body, index):
    return HEADERS[index] + body + FOOTERS[index]


def maybe_wrap(body, level):
    """Half of the notices carry the issuing body's header and signature."""
    return wrap(body, level) if rnd.random() < 0.5 else body


def old_tone_placement(text):
    return TONE_RE.sub(lambda m: TONE_MAP[m.group(1)], text)


def strip_diacritics(text):
    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return plain.replace("đ", "d").replace("Đ", "D")


def mangle_spacing(text):
    text = text.replace(", ", rnd.choice([" , ", ",", "  ,  "]))
    text = text.replace(". ", rnd.choice([".\n\n", " .  ", "...  "]))
    text = re.sub(r" (?=\w)", lambda m: "  " if rnd.random() < 0.15 else " ", text)
    text = text.replace(" - ", " – ").replace(";", " ;")
    return "  " + text.rstrip(".") + " !!\n"


def truncate(body, keep):
    words = body.split()
    return " ".join(words[: max(8, round(len(words) * keep))])


def dup_pairs(i, base):
    title, body = base["title"], text_of(base)
    a = lambda: notice(title, maybe_wrap(body, 0))
    pairs = []
    # light rewording: hand-written synonyms + two clauses swapped
    sentences = list(base["sentences"])
    x, y = base["reorder"]
    sentences[x], sentences[y] = sentences[y], sentences[x]
    rt, rb = substitute(base["reword"], title, text_of(base, sentences), f"reword base {i}")
    pairs.append(("reworded", a(), notice(rt, maybe_wrap(rb, 1))))
    pairs.append(("new-heading", a(), notice(NEW_HEADINGS[i % len(NEW_HEADINGS)], maybe_wrap(body, 2))))
    pairs.append(("shortened", a(), notice(title, truncate(body, rnd.uniform(0.5, 0.7)))))
    local = LOCAL_SENTENCES[i % len(LOCAL_SENTENCES)]
    extended = body + " " + local if rnd.random() < 0.7 else local + " " + body
    pairs.append(("local-sentence-added", a(), notice(title, maybe_wrap(extended, 3))))
    pairs.append(("nfd", a(), notice(unicodedata.normalize("NFD", title), unicodedata.normalize("NFD", body))))
    if TONE_RE.search(title + body):
        pairs.append(("tone-placement", a(), notice(old_tone_placement(title), old_tone_placement(body))))
    pairs.append(("no-diacritics", a(), notice(strip_diacritics(title), strip_diacritics(body))))
    pairs.append(("whitespace-punctuation", a(), notice(mangle_spacing(title), mangle_spacing(body))))
    if i % 2 == 0:  # combined edits, filed under the last one applied: how districts really resend
        cut = truncate(body, rnd.uniform(0.6, 0.8)) + ". " + LOCAL_SENTENCES[(i + 5) % len(LOCAL_SENTENCES)]
        pairs.append(("local-sentence-added", a(), notice(title, wrap(cut, 1))))
        pairs.append(("no-diacritics", a(), notice(strip_diacritics(rt), strip_diacritics(rb))))
    return pairs


def non_dup_pairs(i, base, bases):
    title, body = base["title"], text_of(base)
    pairs = []
    # same template, different facts (hand-written in bases.py: street, date, storm, campaign...)
    at, ab = substitute(base["alt"], title, body, f"alt base {i}", lenient=True)
    assert (at, ab) != (title, body), f"alt base {i} changed nothing"
    level = rnd.randrange(len(HEADERS))
    pairs.append(("same-topic-different-facts", notice(title, wrap(body, level)), notice(at, wrap(ab, level))))
    if i % 2 == 0:  # harder still: different facts AND the light rewording
        rt, rb = substitute(base["reword"], at, ab, f"reword+alt base {i}", lenient=True)
        pairs.append(("same-topic-different-facts", notice(title, body), notice(rt, rb)))
    if i in NAME_ONLY_ALTS:  # only a street, ward or storm name differs; all numbers equal
        nt, nb = substitute(NAME_ONLY_ALTS[i], title, body, f"name-only alt base {i}")
        pairs.append(("same-topic-different-facts", notice(title, body), notice(nt, nb)))
    # different notices that share every line of boilerplate
    other = bases[(i + 7) % len(bases)]
    level = i % len(HEADERS)
    pairs.append(("boilerplate-only", notice(title, wrap(body, level)),
                  notice(other["title"], wrap(text_of(other), level))))
    return pairs


def main():
    rows = []
    for i, base in enumerate(BASES):
        rows += [(kind, a, b, True) for kind, a, b in dup_pairs(i, base)]
        rows += [(kind, a, b, False) for kind, a, b in non_dup_pairs(i, base, BASES)]
    for k in range(24):
        i, j = rnd.sample(range(len(BASES)), 2)
        rows.append(("unrelated", notice(BASES[i]["title"], text_of(BASES[i])),
                     notice(BASES[j]["title"], text_of(BASES[j])), False))
    for n, (kind, a, b, duplicate) in enumerate(rows, 1):
        line = {"id": n, "kind": kind, "duplicate": duplicate, "a": a, "b": b}
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    counts = {}
    for kind, *_ in rows:
        counts[kind] = counts.get(kind, 0) + 1
    print(f"{len(BASES)} bases, {len(rows)} pairs: {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
