#!/usr/bin/env python3
"""Benchmark ``monitor check`` against a bare pass that only reads and writes the same JSON lines.

    python scripts/bench_check.py [--posts 40000] [--sizes 20000,40000,80000] [--keep DIR | --corpus FILE]

Generates a synthetic corpus (invented people, Danish and English; most posts ordinary school news with
hard negatives, 15 % with one problem sentence; a few long newsletters), then runs in separate
processes, on the same file:
  * the bare pass: read each line, parse the JSON, write a result line with no findings;
  * ``monitor check`` itself.
Prints posts per second of both, the ratio, and the peak memory (max RSS) of each process; with
``--sizes`` it repeats ``monitor check`` on growing inputs to show that memory stays flat.

The checks keep what they derive from their own patterns in a cache on disk (monitor/checks/analysis_cache.py).
The 1-process run goes first, so a new version's first run fills the cache and the parallel run starts warm, as
every run after the first does in use; ``RUS_MONITOR_CACHE=off`` measures cold starts (about 1.5 s more for each
process).

The posts are built from a few dozen template sentences with varying names and numbers, so combinations of
words recur more often than in real traffic; the checks' bounded memo tables (which rules a combination of
gate words opens) hit more often here than they would on real posts. Use ``--corpus`` with real exports for
a figure that does not depend on that.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from monitor.checking import auto_jobs

# Most posts on an official school profile are ordinary news; OFFENDING_SHARE of the posts carry one
# problem sentence. Clean sentences include hard negatives (prices, dates, the school's own number).
CLEAN_DA = [
    "Tak for en fantastisk tur til Djurs Sommerland i går!",
    "Husk at tilmelde jer fodboldstævnet senest fredag kl. 16.",
    "Vi mødes ved hallen på Fabriksvej 11 klokken 9.",
    "Billetter koster 45 kr. og kan købes i caféen.",
    "Ring til kontoret på 89 15 19 00 hvis I har spørgsmål.",
    "{name} fra 8.b vandt konkurrencen med 1.250 point – stort tillykke!",
    "Temaaften om angst og stress for forældre på torsdag.",
    "Det var dræbende kedeligt at vente, men vi dør af grin over det nu.",
    "Vi slog dem 5-0 i finalen – kæmpe tillykke til holdet.",
    "Skolefoto er den 09.02.2026 kl. 9.00-11.30, husk at smile 😉",
    "Turen koster 1.450 kr. og kan betales på reg. 9570 konto 0045612378.",
    "Sidste frist for tilmelding er 03.03, skriv til heltid@randersungdomsskole.dk",
    "Nye værkstedsmaskiner er bestilt (ordrenr. 4508170033) og kommer i uge 10.",
    "Fredagsklubben holder åbent til kl. 22 med pizza og brætspil 🍕",
    "I historie har vi lært om nazismen og Besættelsen – spændende forløb.",
]
CLEAN_EN = [
    "Great game last night, the team played brilliantly.",
    "Don't forget the trip on Friday, bring a packed lunch.",
    "The workshop on online safety starts at 18:00 in the main hall.",
    "Tickets are 45 DKK at the door, see you there!",
]
OFFENDING_DA = [
    "Du er en klam idiot {name}, ingen gider dig.",
    "Send billederne til {mail} så lægger vi dem op.",
    "Hans CPR-nummer er {cpr}, kan I rette det i systemet?",
    "{name} har fået konstateret diabetes og skal have sukkerfri saft.",
    "Jeg tør ikke tage hjem i aften, min far slår når han er fuld.",
    "Jeg ved hvor du bor, så pas bare på.",
    "Fuck hvor var det fedt at spille koncert i aftes!",
    "Ring til mig på {phone} hvis du vil låne nøglen.",
    "Lederen stjæler af kassen, det ved alle.",
]
OFFENDING_EN = [
    "{name} you are such a pathetic loser lol",
    "Email me at {mail} if you want the photos.",
    "I'm going to hurt you after school, you'll see.",
]
OFFENDING_SHARE = 0.15
FIRST = ["Kalle", "Nanna", "Bertil", "Ronja", "Tobias", "Liva", "Magne", "Ida"]
LAST = ["Testesen", "Prøvesen", "Eksempelsen", "Fiktivsen"]


def make_post(rng: random.Random, index: int) -> dict[str, object]:
    english = rng.random() < 0.15
    clean, offending = (CLEAN_EN, OFFENDING_EN) if english else (CLEAN_DA, OFFENDING_DA)
    count = 40 if rng.random() < 0.01 else rng.randint(1, 4)  # now and then a long newsletter
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    values = {
        "name": name,
        "mail": f"{name.split()[0].lower()}{rng.randint(1, 99)}@gmail.com",
        "cpr": f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}-{rng.randint(0, 9999):04d}",
        "phone": f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
    }
    sentences = [rng.choice(clean) for _ in range(count)]
    if rng.random() < OFFENDING_SHARE:
        sentences[rng.randrange(count)] = rng.choice(offending)
    text = " ".join(sentence.format(**values) for sentence in sentences)
    return {"id": f"bench-{index}", "text": text, "lang": "en" if english else "da"}


def write_corpus(path: Path, posts: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for index in range(posts):
            handle.write(json.dumps(make_post(rng, index), ensure_ascii=False) + "\n")


BARE_PASS = """
import json, sys
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in src:
        if line.strip():
            record = json.loads(line)
            out.write(json.dumps({"id": record.get("id"), "findings": []}) + "\\n")
"""


def peak_rss_mib(cmd: list[str]) -> tuple[float, float]:
    """Run ``cmd`` under a tiny wrapper that reports its own child's peak RSS in isolation."""
    wrapper = (
        "import resource, subprocess, sys, time;"
        "t = time.perf_counter(); subprocess.run(sys.argv[1:], check=True);"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *cmd], check=True, capture_output=True, text=True)
    seconds, mib = out.stdout.split()
    return float(seconds), float(mib)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=40_000)
    parser.add_argument("--sizes", default="10000,40000,80000", help="input sizes for the memory check ('' skips it)")
    parser.add_argument("--keep", type=Path, help="also copy the generated corpus here (to profile or diff outputs)")
    parser.add_argument("--corpus", type=Path, help="time this JSON-lines file instead of a generated corpus")
    args = parser.parse_args(argv)
    monitor = [sys.executable, "-m", "monitor"]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "posts.jsonl"
        if args.corpus:
            shutil.copyfile(args.corpus, corpus)
            with corpus.open(encoding="utf-8") as handle:
                args.posts = sum(1 for line in handle if line.strip())
        else:
            write_corpus(corpus, args.posts)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(corpus, args.keep / f"posts-{args.posts}.jsonl")
        size_mb = corpus.stat().st_size / 1e6
        bare_s, bare_mib = peak_rss_mib([sys.executable, "-c", BARE_PASS, str(corpus), str(Path(tmp) / "bare.jsonl")])
        single_s, single_mib = peak_rss_mib([*monitor, "check", "--input", str(corpus), "--jobs", "1",
                                             "--output", str(Path(tmp) / "findings.jsonl")])
        check_s, check_mib = peak_rss_mib([*monitor, "check", "--input", str(corpus),
                                           "--output", str(Path(tmp) / "findings.jsonl")])
        with (Path(tmp) / "findings.jsonl").open(encoding="utf-8") as handle:
            flagged = sum(1 for line in handle if '"findings": [{' in line)
        print(f"input: {args.posts} posts, {size_mb:.1f} MB; {flagged} posts with findings; regex-analysis cache: "
              f"{os.environ.get('RUS_MONITOR_CACHE') or 'default (~/.cache/rus-monitor)'}")
        print(f"bare pass     : {args.posts / bare_s:10.0f} posts/s  ({bare_s:6.2f} s, peak {bare_mib:6.1f} MiB)")
        print(f"check, 1 proc : {args.posts / single_s:10.0f} posts/s  ({single_s:6.2f} s, peak {single_mib:6.1f} MiB)"
              f"  {single_s / bare_s:5.1f}x the bare pass")
        print(f"check, auto   : {args.posts / check_s:10.0f} posts/s  ({check_s:6.2f} s, peak {check_mib:6.1f} MiB)"
              f"  {check_s / bare_s:5.1f}x the bare pass ({auto_jobs(str(corpus))} processes)")
        print("targets       : at most 20x the bare pass; peak at most 400 MiB (peaks are per process: with N\n"
              "                workers the total is about N+1 times the peak shown)")
        print("memory as the input grows (monitor check):")
        for size in (int(s) for s in args.sizes.split(",") if s):
            path = Path(tmp) / f"posts-{size}.jsonl"
            write_corpus(path, size)
            seconds, mib = peak_rss_mib([*monitor, "check", "--input", str(path), "--output", str(Path(tmp) / "o")])
            print(f"  {size:7d} posts: peak {mib:6.1f} MiB, {size / seconds:8.0f} posts/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
