"""Turns one bench run (bench/results/<time>.jsonl) into a Markdown table with the targets checked, writes it
next to the run and as bench/results/latest.md, and puts it into docs/performance.md between its markers."""
import json
import pathlib
import re
import sys

# --no-doc: a partial run (BENCH_SCENARIOS) writes only its own table, not latest.md or docs/performance.md.
partial = "--no-doc" in sys.argv[1:]
run = pathlib.Path([a for a in sys.argv[1:] if a != "--no-doc"][0])
rows = [json.loads(line) for line in run.read_text().splitlines() if line.strip()]
machine = next(r for r in rows if r["kind"] == "machine")
scenarios = [r for r in rows if r["kind"] == "scenario"]
startups = [r for r in rows if r["kind"] == "startup"]
big = max(r["scale"] for r in startups)
small = min(r["scale"] for r in startups)


def find(sid, scale=big):
    return next((r for r in scenarios if r["id"] == sid and r["scale"] == scale), None)


def fmt(value, digits=1):
    return "–" if value is None else f"{value:,.{digits}f}"


lines = [f"Run {run.stem}: {machine['cores']} cores ({machine['cpu']}), {machine['memory_mb'] // 1024} GiB, "
         f"{machine['java']}, {machine['postgres']}, {machine['wrk']}; {machine['connections']} connections, "
         f"{machine['warmup_s']} s warm-up then {machine['duration_s']} s measured per scenario.", "",
         "| # | Scenario | Accounts | Requests/s | p50 ms | p99 ms | Errors | Server peak RSS MB | App CPU µs/req |"
         " DB CPU µs/req |",
         "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
for r in scenarios:
    scale = "–" if r["scale"] is None else f"{r['scale']:,}"
    lines.append(f"| {r['id']} | {r['name']} | {scale} | {fmt(r['rps'])} | {fmt(r['p50_ms'], 2)} | "
                 f"{fmt(r['p99_ms'], 2)} | {r['errors']} | {fmt(r['peak_rss_mb'], 0)} | {fmt(r.get('app_cpu_us'), 0)} | "
                 f"{fmt(r.get('db_cpu_us'), 0)} |")
lines.append("")
snapshots = [r for r in scenarios if r.get("threat_snapshot_ms")]
if snapshots:
    lines.append("- The threat-exposure snapshot job finished inside the measured window of " + ", ".join(
        f"scenario {r['id']} ({r['scale']:,}; it took {r['threat_snapshot_ms']:,} ms)" for r in snapshots)
        + ": its CPU is inside those rows' figures.")
for s in startups:
    lines.append(f"- Start-up at {s['scale']:,} accounts: ready {s['ready_ms'] / 1000:.2f} s after launch "
                 f"(Quarkus: {s['log'] or 'n/a'}), RSS after start {s['rss_mb']} MB.")
lines.append("")

targets = []


def target(text, value, ok):
    targets.append((text, value, ok))


pg, s1 = find("pgbench", None), find("1")
if pg and s1:
    # Issue 20: at least 15 % (the first benchmark issue asked 50 %; performance.md says what stands between).
    target("Scenario 1 at ≥ 15% of pgbench's rate", f"{100 * s1['rps'] / pg['rps']:.1f}%",
           s1["rps"] >= 0.15 * pg["rps"])
# Every list's target, written in performance.md before each was first measured.
for sid in ("2", "3", "6", "9", "10", "11", "12", "13", "14", "15", "17", "19", "21", "22", "26", "28", "32", "33",
            "35", "36"):
    r = find(sid)
    if r:
        target(f"Scenario {sid}: p99 ≤ 50 ms at {big:,}", f"{r['p99_ms']:.1f} ms", r["p99_ms"] <= 50)
# The CSV export of every live account: the whole download, and its memory no more than 150 MB over a by-id read's.
r = find("23")
if r:
    target(f"Scenario 23: p50 ≤ 10 s at {big:,}", f"{r['p50_ms'] / 1000:.1f} s", r["p50_ms"] <= 10000)
    if s1 and r.get("peak_rss_mb") and s1.get("peak_rss_mb"):
        target("Scenario 23: peak RSS ≤ scenario 1's + 150 MB", f"{r['peak_rss_mb']:.0f} MB against "
               f"{s1['peak_rss_mb']:.0f} MB", r["peak_rss_mb"] <= s1["peak_rss_mb"] + 150)
r = find("24")
if r:
    target(f"Scenario 24: a batch of 1,000 accounts p50 ≤ 10 s and p99 ≤ 20 s at {big:,}",
           f"{r['p50_ms'] / 1000:.1f} s / {r['p99_ms'] / 1000:.1f} s", r["p50_ms"] <= 10000 and r["p99_ms"] <= 20000)
for sid in ("4", "5", "20", "30", "31", "34", "37"):
    r = find(sid)
    if r:
        target(f"Scenario {sid}: p50 ≤ 150 ms at {big:,}", f"{r['p50_ms']:.1f} ms", r["p50_ms"] <= 150)
# A billing system's batch of 5,000 revenue lines lands within 2 s at the median.
r = find("16")
if r:
    target(f"Scenario 16: p50 < 2,000 ms at {big:,}", f"{r['p50_ms']:.0f} ms", r["p50_ms"] < 2000)
# Alert detection: the 500 accounts of a 5,000-line batch checked (queue emptied) within 2 s at the median run.
r = find("18")
if r:
    target(f"Scenario 18: p50 < 2,000 ms for 500 accounts at {big:,}", f"{r['p50_ms']:.0f} ms", r["p50_ms"] < 2000)
# The workload page aggregates a page of owners (50, about 10,000 accounts at 200 each) in one statement.
r = find("8")
if r:
    target(f"Scenario 8: p99 ≤ 100 ms at {big:,}", f"{r['p99_ms']:.1f} ms", r["p99_ms"] <= 100)
for sid in ("2", "4"):
    a, b = find(sid, small), find(sid)
    if a and b and small != big:
        growth = b["p50_ms"] / a["p50_ms"]
        wanted = sid == "2"
        target(f"Scenario {sid}: p50 growth {small:,} → {big:,}" + (" < 1.5×" if wanted else " (reported)"),
               f"{growth:.2f}× (p99 {b['p99_ms'] / a['p99_ms']:.2f}×)", growth < 1.5 if wanted else None)
# Two instances behind the proxy (issue 20): the throughput scales with instances until PostgreSQL is the limit.
one, two = find("38.1"), find("38.2")
if one and two:
    target(f"Scenario 38: two instances ≥ 1.6× one instance's rate through the proxy at {big:,}",
           f"{two['rps'] / one['rps']:.2f}× ({one['rps']:,.0f} → {two['rps']:,.0f}/s; CPU µs per request: app "
           f"{one.get('app_cpu_us')} → {two.get('app_cpu_us')}, PostgreSQL {one.get('db_cpu_us')} → "
           f"{two.get('db_cpu_us')}, nginx {one.get('proxy_cpu_us')} → {two.get('proxy_cpu_us')})",
           two["rps"] >= 1.6 * one["rps"])
# Issue 20: start-up and memory with the shipped JVM settings.
for st in startups:
    if st["scale"] == big:
        target(f"Start-up at {big:,}: ready ≤ 2.0 s after launch", f"{st['ready_ms'] / 1000:.2f} s",
               st["ready_ms"] <= 2000)
        target(f"Start-up at {big:,}: RSS after start ≤ 250 MB", f"{st['rss_mb']} MB", st["rss_mb"] <= 250)
peaks = [r["peak_rss_mb"] for r in scenarios if r.get("peak_rss_mb")]
if peaks:
    target("Server peak RSS over every scenario ≤ 512 MB", f"{max(peaks):,.0f} MB", max(peaks) <= 512)
errors = sum(r["errors"] for r in scenarios)
target("Zero errors in every scenario", str(errors), errors == 0)

lines += ["| Target | Measured | Met |", "|---|---|---|"]
for text, value, ok in targets:
    lines.append(f"| {text} | {value} | {'–' if ok is None else ('yes' if ok else '**no**')} |")
table = "\n".join(lines) + "\n"

run.with_suffix(".md").write_text(table)
if not partial:
    (run.parent / "latest.md").write_text(table)
doc = run.parents[2] / "docs" / "performance.md"
if doc.exists() and not partial:
    text = doc.read_text()
    updated = re.sub(r"(<!-- bench:latest -->\n).*?(<!-- /bench:latest -->)",
                     lambda m: m.group(1) + table + m.group(2), text, flags=re.S)
    doc.write_text(updated)
print(table)
