#!/usr/bin/env python3
"""The volume benchmark's reads (benchmarks/volume.sh): each call repeated one at a time after a
warm-up, p50/p99 of the wall time as the client sees it. Writes one markdown row per read to --out
(appended) under the label given (empty / volume). Stdlib only."""
import argparse, base64, datetime, json, statistics, time, urllib.request, urllib.error


def call(base, user, password, method, path, body=None, accept="application/json"):
    req = urllib.request.Request(base + path, method=method)
    req.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode())
    req.add_header("Accept", accept)
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, data=data, timeout=120) as r:
        return r.status, r.read(), r.headers


def ensure_user(base, admin, pw, user, group, user_pw):
    try:
        call(base, admin, pw, "POST", "/engine-rest/user/create",
             {"profile": {"id": user, "firstName": "Đo", "lastName": "Khối lượng", "email": user + "@volume.gov.vn"},
              "credentials": {"password": user_pw}})
    except urllib.error.HTTPError as e:
        if e.code not in (400, 500):
            raise
    call(base, admin, pw, "PUT", f"/engine-rest/group/{group}/members/{user}")


def percentile(xs, p):
    xs = sorted(xs)
    k = max(0, min(len(xs) - 1, int(round(p / 100.0 * len(xs) + 0.5)) - 1))
    return xs[k]


def timed(n, warm, f):
    for _ in range(warm):
        f()
    out = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        out.append((time.perf_counter() - t) * 1000)
    return percentile(out, 50), percentile(out, 99)


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--url", required=True)
    a.add_argument("--admin", default="bench")
    a.add_argument("--admin-password", required=True)
    a.add_argument("--label", required=True)
    a.add_argument("--out", required=True)
    a.add_argument("--n", type=int, default=100)
    a.add_argument("--district", default="600")
    a.add_argument("--unit", default="UBND-X-20000")
    a.add_argument("--commune", default="20000")
    a.add_argument("--only", default="",
                   help="comma-separated parts of the commands to measure (e.g. 'api/feed,api/vneid/requests'); default all")
    args = a.parse_args()
    base, admin, pw = args.url, args.admin, args.admin_password
    stamp = str(int(time.time()))
    upw = "Vol#" + stamp + "Kl"
    # Users of this run only (a second run on the same database would find the first's with another password).
    officer, staff = "do.canbo.ca." + stamp, "do.canbo.xa." + stamp
    ensure_user(base, admin, pw, officer, "police-appraisal-" + args.district, upw)
    ensure_user(base, admin, pw, staff, "unit-" + args.unit, upw)
    rows = []

    only = [o for o in args.only.split(",") if o]

    def add(what, command, n, f, warm=5):
        if only and not any(o in command for o in only):
            return
        p50, p99 = timed(n, warm, f)
        rows.append(f"| {args.label} | {what} | `{command}` | {n} | {p50:.0f} | {p99:.0f} |")
        print(rows[-1], flush=True)

    _, body, _ = call(base, officer, upw, "GET", "/engine-rest/filter?resourceType=Task")
    filters = {f["name"]: f["id"] for f in json.loads(body)}
    mine = filters.get("Việc của tôi")
    hal = "application/hal+json"
    page = {"sorting": [{"sortBy": "dueDate", "sortOrder": "asc"}]}
    add("Tasklist: district officer's list 'Việc của tôi', first page (15)",
        f"POST /engine-rest/filter/{{Việc của tôi}}/list?firstResult=0&maxResults=15 (hal)", args.n,
        lambda: call(base, officer, upw, "POST", f"/engine-rest/filter/{mine}/list?firstResult=0&maxResults=15", page, hal))
    add("Tasklist: the same list's count", f"GET /engine-rest/filter/{{Việc của tôi}}/count", args.n,
        lambda: call(base, officer, upw, "GET", f"/engine-rest/filter/{mine}/count"))
    _, body, _ = call(base, officer, upw, "POST", f"/engine-rest/filter/{mine}/list?firstResult=0&maxResults=1", page)
    tasks = json.loads(body)
    if tasks:
        tid = tasks[0]["id"]
        add("Task form: form variables (display data)", "GET /engine-rest/task/{id}/form-variables", args.n,
            lambda: call(base, officer, upw, "GET", f"/engine-rest/task/{tid}/form-variables"))
        add("Task form: the deployed form", "GET /engine-rest/task/{id}/deployed-form", args.n,
            lambda: call(base, officer, upw, "GET", f"/engine-rest/task/{tid}/deployed-form"))
    add("A unit's requests, first page (default size)", "GET /api/vneid/requests", args.n,
        lambda: call(base, staff, upw, "GET", "/api/vneid/requests"))
    add("A unit's requests, page of 20", "GET /api/vneid/requests?size=20", args.n,
        lambda: call(base, staff, upw, "GET", "/api/vneid/requests?size=20"))
    add("Feed of a commune", f"GET /api/feed?area={args.commune}", args.n * 3,
        lambda: call(base, staff, upw, "GET", f"/api/feed?area={args.commune}"))
    today = time.strftime("%Y-%m-%d")
    # The monthly report is made for the month before (R-1: "before the 15th"); the history ends 3 days
    # ago, so the current month would be nearly empty.
    first = datetime.date.today().replace(day=1)
    month_to = (first - datetime.timedelta(days=1)).isoformat()
    month = (first - datetime.timedelta(days=1)).replace(day=1).isoformat()
    year = time.strftime("%Y-01-01")
    small = max(3, args.n // 20)
    add("Dashboard (city, default period)", "GET /dashboard", small,
        lambda: call(base, admin, pw, "GET", "/dashboard", accept="text/html"), warm=1)
    add("Monthly report (city, last month)", f"GET /api/reports/vneid.json?from={month}&to={month_to}", small,
        lambda: call(base, admin, pw, "GET", f"/api/reports/vneid.json?from={month}&to={month_to}"), warm=1)
    add("Yearly report (city)", f"GET /api/reports/vneid.json?from={year}&to={today}", small,
        lambda: call(base, admin, pw, "GET", f"/api/reports/vneid.json?from={year}&to={today}"), warm=1)
    with open(args.out, "a") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
