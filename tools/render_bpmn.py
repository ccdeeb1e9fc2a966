#!/usr/bin/env python3
"""Draws the diagram (BPMN DI) of a .bpmn file to SVG, for a quick look without Modeler.

Usage: python3 tools/render_bpmn.py bpmn/x.bpmn out.svg
Then, for a PNG:  chromium --headless --no-sandbox --disable-gpu --window-size=W,H --screenshot=out.png out.svg
Also checks: every edge starts and ends on the border of its source and target shape.
"""
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
      "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
      "dc": "http://www.omg.org/spec/DD/20100524/DC",
      "di": "http://www.omg.org/spec/DD/20100524/DI"}


def local(t): return t.split("}", 1)[-1]


def wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width and cur:
            lines.append(cur); cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur: lines.append(cur)
    return lines


def on_border(p, b, tol=1.5):
    x, y, w, h = b
    px, py = p
    inside = x - tol <= px <= x + w + tol and y - tol <= py <= y + h + tol
    edge = min(abs(px - x), abs(px - x - w), abs(py - y), abs(py - y - h)) <= tol
    return inside and edge


def main(src, out):
    root = ET.parse(src).getroot()
    elems = {e.get("id"): e for e in root.iter() if e.get("id")}
    shapes, svg, problems = {}, [], []
    maxx = maxy = 0
    for s in root.iter(f"{{{NS['bpmndi']}}}BPMNShape"):
        b = s.find("dc:Bounds", NS)
        x, y, w, h = (float(b.get(k)) for k in ("x", "y", "width", "height"))
        shapes[s.get("bpmnElement")] = (x, y, w, h)
        maxx, maxy = max(maxx, x + w), max(maxy, y + h)
    order = sorted(shapes, key=lambda i: local(elems[i].tag) != "subProcess")
    for i in order:
        x, y, w, h = shapes[i]
        e = elems[i]
        t, name = local(e.tag), e.get("name") or ""
        if t == "subProcess":
            svg.append(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="10" fill="#fafafa" stroke="#333" '
                       f'stroke-dasharray="{6 if e.get("triggeredByEvent") == "true" else 0}"/>')
            svg.append(f'<text x="{x + 8}" y="{y + 16}" font-size="12">{escape(name)}</text>')
        elif t.endswith("Task") or t == "callActivity":
            sw = 4 if t == "callActivity" else 1.5
            svg.append(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="10" fill="#fff" stroke="#000" stroke-width="{sw}"/>')
            svg.append(f'<text x="{x + 4}" y="{y + 11}" font-size="8" fill="#888">{t}</text>')
            for k, line in enumerate(wrap(name, 16)):
                svg.append(f'<text x="{x + w / 2}" y="{y + 30 + 13 * k}" font-size="11" text-anchor="middle">{escape(line)}</text>')
        elif t.endswith("Gateway"):
            cx, cy = x + w / 2, y + h / 2
            svg.append(f'<polygon points="{cx},{y} {x + w},{cy} {cx},{y + h} {x},{cy}" fill="#fff" stroke="#000" stroke-width="1.5"/>')
            svg.append(f'<text x="{cx}" y="{cy + 5}" font-size="14" text-anchor="middle">X</text>')
        elif "Event" in t:
            cx, cy = x + w / 2, y + h / 2
            sw = {"startEvent": 1.5, "endEvent": 4}.get(t, 1.5)
            svg.append(f'<circle cx="{cx}" cy="{cy}" r="{w / 2}" fill="#fff" stroke="#000" stroke-width="{sw}"/>')
            if t == "intermediateCatchEvent":
                svg.append(f'<circle cx="{cx}" cy="{cy}" r="{w / 2 - 3}" fill="none" stroke="#000"/>')
            if e.find("bpmn:timerEventDefinition", NS) is not None:
                svg.append(f'<text x="{cx}" y="{cy + 5}" font-size="13" text-anchor="middle">T</text>')
            if e.find("bpmn:messageEventDefinition", NS) is not None:
                svg.append(f'<text x="{cx}" y="{cy + 5}" font-size="13" text-anchor="middle">M</text>')
        lab = None
        for s in root.iter(f"{{{NS['bpmndi']}}}BPMNShape"):
            if s.get("bpmnElement") == i:
                lab = s.find("bpmndi:BPMNLabel/dc:Bounds", NS)
        if lab is not None and name:
            lx, ly, lw, lh = (float(lab.get(k)) for k in ("x", "y", "width", "height"))
            svg.append(f'<rect x="{lx}" y="{ly}" width="{lw}" height="{lh}" fill="none" stroke="#f99" stroke-width="0.5"/>')
            for k, line in enumerate(wrap(name, int(lw / 6))):
                svg.append(f'<text x="{lx + lw / 2}" y="{ly + 11 + 13 * k}" font-size="11" text-anchor="middle">{escape(line)}</text>')
    for ed in root.iter(f"{{{NS['bpmndi']}}}BPMNEdge"):
        fid = ed.get("bpmnElement")
        f = elems[fid]
        pts = [(float(p.get("x")), float(p.get("y"))) for p in ed.findall("di:waypoint", NS)]
        for end, ref in ((pts[0], f.get("sourceRef")), (pts[-1], f.get("targetRef"))):
            if ref not in shapes or not on_border(end, shapes[ref]):
                problems.append(f"edge {fid}: end {end} not on the border of {ref}")
        for a, b in zip(pts, pts[1:]):
            if a[0] != b[0] and a[1] != b[1]:
                problems.append(f"edge {fid}: diagonal segment {a}->{b}")
        is_default = elems[f.get("sourceRef")].get("default") == fid
        svg.append(f'<polyline points="{" ".join(f"{x},{y}" for x, y in pts)}" fill="none" stroke="#000" '
                   f'stroke-width="1.2" marker-end="url(#arr)"/>')
        if is_default:
            (x0, y0), (x1, y1) = pts[0], pts[1]
            dx, dy = (x1 - x0), (y1 - y0)
            ln = max(1, (dx * dx + dy * dy) ** .5)
            mx, my = x0 + dx / ln * 10, y0 + dy / ln * 10
            svg.append(f'<line x1="{mx - 4}" y1="{my - 4}" x2="{mx + 4}" y2="{my + 4}" stroke="#000"/>')
        lab = ed.find("bpmndi:BPMNLabel/dc:Bounds", NS)
        if lab is not None and f.get("name"):
            lx, ly, lw, lh = (float(lab.get(k)) for k in ("x", "y", "width", "height"))
            svg.append(f'<rect x="{lx}" y="{ly}" width="{lw}" height="{lh}" fill="none" stroke="#99f" stroke-width="0.5"/>')
            for k, line in enumerate(wrap(f.get("name"), int(lw / 5.5))):
                svg.append(f'<text x="{lx}" y="{ly + 11 + 13 * k}" font-size="11" fill="#225">{escape(line)}</text>')
        elif f.get("name"):
            problems.append(f"edge {fid}: named but no label bounds")
    W, H = int(maxx + 60), int(maxy + 60)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="DejaVu Sans, sans-serif">'
                 '<defs><marker id="arr" markerWidth="10" markerHeight="10" refX="9" refY="5" orient="auto">'
                 '<path d="M0,0 L10,5 L0,10 z"/></marker></defs>'
                 f'<rect width="{W}" height="{H}" fill="#fff"/>' + "\n".join(svg) + "</svg>")
    for p in problems:
        print(p)
    print(f"{src}: {W}x{H}, {len(problems)} problems")
    return W, H


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
