#!/usr/bin/env python3
"""Summarises `jfr print --stack-depth 64 --events jdk.ExecutionSample` output (benchmarks/run.sh --jfr):
the hottest top frames, and for each sample the share spent inside the product's code, Camunda, MyBatis,
the JDBC driver, Spring Security's authentication, Jackson... (inclusive: a sample counts for every layer on
its stack)."""
import collections
import re
import sys

LAYERS = [
    ("product (vn.gov.hanoi)", "vn.gov.hanoi."),
    ("Camunda engine", "org.camunda.bpm.engine."),
    ("Camunda REST", "org.camunda.bpm.engine.rest."),
    ("MyBatis", "org.apache.ibatis."),
    ("PostgreSQL JDBC", "org.postgresql."),
    ("Hikari", "com.zaxxer.hikari."),
    ("Spring Security", "org.springframework.security."),
    ("password hashing", "org.camunda.bpm.engine.impl.digest."),
    ("Jackson", "com.fasterxml.jackson."),
    ("Tomcat", "org.apache.catalina."),
    ("job executor", "org.camunda.bpm.engine.impl.jobexecutor."),
    ("JDBC proxy (bench)", "vn.gov.hanoi.comms.benchmark."),
]


def main(path):
    samples = []
    current = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            s = line.strip()
            if s.startswith("stackTrace = ["):
                current = []
            elif current is not None:
                if s.startswith("]") or s == "...":
                    samples.append(current)
                    current = None
                elif s:
                    current.append(re.sub(r"\s+line:.*$", "", s))
    total = len(samples)
    if total == 0:
        print("No execution samples.")
        return
    top = collections.Counter(st[0] for st in samples if st)
    product = collections.Counter()
    layers = collections.Counter()
    for st in samples:
        own = next((fr for fr in st if fr.startswith("vn.gov.hanoi.") and ".benchmark." not in fr), None)
        if own:
            product[own] += 1
        for name, prefix in LAYERS:
            if any(fr.startswith(prefix) for fr in st):
                layers[name] += 1
    print(f"{total} execution samples (stacks up to 64 frames).\n")
    print("| layer on the stack (inclusive) | share of samples |\n|---|---:|")
    for name, _ in LAYERS:
        print(f"| {name} | {100 * layers[name] / total:.1f}% |")
    print("\n| hottest top frames | samples |\n|---|---:|")
    for fr, n in top.most_common(15):
        print(f"| `{fr}` | {n} |")
    print("\n| innermost product frame (inclusive) | samples |\n|---|---:|")
    for fr, n in product.most_common(15):
        print(f"| `{fr}` | {n} |")


if __name__ == "__main__":
    main(sys.argv[1])
