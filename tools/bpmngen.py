"""Tiny helper to write Camunda 7 BPMN files with a hand-placed, tidy diagram.

A model is described in Python (see gen_models.py): flow nodes with their centre point, and
sequence flows with the side of the source and target they leave/enter and optional bend points.
The helper writes the semantic XML (with incoming/outgoing) and the BPMN DI (shapes, edges and
label bounds), so ids, names and layout stay in one reviewable place.
"""
from xml.sax.saxutils import escape

SIZES = {
    "task": (100, 80), "gateway": (50, 50), "event": (36, 36),
}
KIND = {
    "startEvent": "event", "endEvent": "event", "intermediateCatchEvent": "event",
    "boundaryEvent": "event", "serviceTask": "task", "userTask": "task", "callActivity": "task",
    "exclusiveGateway": "gateway", "parallelGateway": "gateway",
}


def attr(v):
    return escape(str(v), {'"': "&quot;"})


class Node:
    def __init__(self, id, type, name, cx, cy, doc=None, attrs=None, ext="", body="", label=None,
                 parent=None):
        self.id, self.type, self.name, self.cx, self.cy = id, type, name, cx, cy
        self.doc, self.attrs, self.ext, self.body, self.label = doc, attrs or {}, ext, body, label
        self.parent = parent
        self.w, self.h = SIZES[KIND[type]]
        self.incoming, self.outgoing = [], []

    @property
    def x(self): return self.cx - self.w / 2

    @property
    def y(self): return self.cy - self.h / 2

    def port(self, side):
        return {"L": (self.x, self.cy), "R": (self.x + self.w, self.cy),
                "T": (self.cx, self.y), "B": (self.cx, self.y + self.h)}[side]


class Flow:
    def __init__(self, id, src, tgt, sides="RL", via=(), name=None, cond=None, label=None):
        self.id, self.src, self.tgt, self.sides, self.via = id, src, tgt, sides, list(via)
        self.name, self.cond, self.label = name, cond, label


class Model:
    def __init__(self, pid, name, doc, header_extra=""):
        self.pid, self.name, self.doc, self.header_extra = pid, name, doc, header_extra
        self.nodes, self.flows, self.defaults = {}, [], {}
        self.subprocesses = []  # (id, name, doc, x, y, w, h, attrs, child ids)
        self.messages = []

    def node(self, *a, **k):
        n = Node(*a, **k)
        assert n.id not in self.nodes, n.id
        self.nodes[n.id] = n
        return n

    def flow(self, *a, default=False, **k):
        f = Flow(*a, **k)
        self.flows.append(f)
        self.nodes[f.src].outgoing.append(f.id)
        self.nodes[f.tgt].incoming.append(f.id)
        if default:
            assert f.src not in self.defaults, f.src
            self.defaults[f.src] = f.id
        return f

    # ---------------------------------------------------------------- geometry
    def waypoints(self, f):
        s, t = self.nodes[f.src], self.nodes[f.tgt]
        a, b = s.port(f.sides[0]), t.port(f.sides[1])
        pts = [a] + list(f.via) + [b]
        if not f.via and a[0] != b[0] and a[1] != b[1]:
            ss, ts = f.sides
            if ss in "LR" and ts in "TB":
                pts = [a, (b[0], a[1]), b]
            elif ss in "TB" and ts in "LR":
                pts = [a, (a[0], b[1]), b]
            elif ss in "LR":
                mx = (a[0] + b[0]) / 2
                pts = [a, (mx, a[1]), (mx, b[1]), b]
            else:
                my = (a[1] + b[1]) / 2
                pts = [a, (a[0], my), (b[0], my), b]
        return pts

    # ---------------------------------------------------------------- XML
    def _node_xml(self, n, ind):
        p = ind
        a = "".join(f' {k}="{attr(v)}"' for k, v in n.attrs.items())
        if n.id in self.defaults:
            a += f' default="{self.defaults[n.id]}"'
        out = [f'{p}<bpmn:{n.type} id="{n.id}"' + (f' name="{attr(n.name)}"' if n.name else "") + f"{a}>"]
        if n.doc:
            out.append(f"{p}  <bpmn:documentation>{escape(n.doc)}</bpmn:documentation>")
        if n.ext:
            out.append(f"{p}  <bpmn:extensionElements>")
            out += [f"{p}    {line}" for line in n.ext.strip().splitlines()]
            out.append(f"{p}  </bpmn:extensionElements>")
        out += [f"{p}  <bpmn:incoming>{i}</bpmn:incoming>" for i in n.incoming]
        out += [f"{p}  <bpmn:outgoing>{o}</bpmn:outgoing>" for o in n.outgoing]
        if n.body:
            out += [f"{p}  {line}" for line in n.body.strip().splitlines()]
        out.append(f"{p}</bpmn:{n.type}>")
        return out

    def _flow_xml(self, f, ind):
        head = f'{ind}<bpmn:sequenceFlow id="{f.id}"' + (f' name="{attr(f.name)}"' if f.name else "") + \
            f' sourceRef="{f.src}" targetRef="{f.tgt}"'
        if not f.cond:
            return [head + " />"]
        return [head + ">",
                f'{ind}  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(f.cond)}</bpmn:conditionExpression>',
                f"{ind}</bpmn:sequenceFlow>"]

    def xml(self):
        L = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
             'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
             'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
             'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
             'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
             f'id="Definitions_{self.pid.replace("-", "_")}" '
             'targetNamespace="http://hanoi.gov.vn/comms/bpmn" '
             'exporter="tools/gen_models.py" exporterVersion="1.0" '
             'modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">',
             f'  <bpmn:process id="{self.pid}" name="{attr(self.name)}" isExecutable="true" '
             'camunda:historyTimeToLive="180">',
             f"    <bpmn:documentation>{escape(self.doc)}</bpmn:documentation>"]
        in_sub = {c for s in self.subprocesses for c in s["children"]}
        for n in self.nodes.values():
            if n.id not in in_sub:
                L += self._node_xml(n, "    ")
        for f in self.flows:
            if f.src not in in_sub:
                L += self._flow_xml(f, "    ")
        for s in self.subprocesses:
            a = "".join(f' {k}="{attr(v)}"' for k, v in s["attrs"].items())
            L.append(f'    <bpmn:subProcess id="{s["id"]}" name="{attr(s["name"])}"{a}>')
            L.append(f'      <bpmn:documentation>{escape(s["doc"])}</bpmn:documentation>')
            for c in s["children"]:
                L += self._node_xml(self.nodes[c], "      ")
            for f in self.flows:
                if f.src in s["children"]:
                    L += self._flow_xml(f, "      ")
            L.append("    </bpmn:subProcess>")
        L.append("  </bpmn:process>")
        for mid, mname in self.messages:
            L.append(f'  <bpmn:message id="{mid}" name="{attr(mname)}" />')
        # ------------------------------------------------------------ DI
        L.append(f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{self.pid.replace("-", "_")}">')
        L.append(f'    <bpmndi:BPMNPlane id="BPMNPlane_{self.pid.replace("-", "_")}" bpmnElement="{self.pid}">')
        for s in self.subprocesses:
            L.append(f'      <bpmndi:BPMNShape id="{s["id"]}_di" bpmnElement="{s["id"]}" isExpanded="true">')
            L.append(f'        <dc:Bounds x="{s["x"]:g}" y="{s["y"]:g}" width="{s["w"]:g}" height="{s["h"]:g}" />')
            L.append("      </bpmndi:BPMNShape>")
        for n in self.nodes.values():
            extra = ' isMarkerVisible="true"' if n.type == "exclusiveGateway" else ""
            L.append(f'      <bpmndi:BPMNShape id="{n.id}_di" bpmnElement="{n.id}"{extra}>')
            L.append(f'        <dc:Bounds x="{n.x:g}" y="{n.y:g}" width="{n.w:g}" height="{n.h:g}" />')
            lb = self.node_label(n)
            if lb:
                L.append("        <bpmndi:BPMNLabel>")
                L.append(f'          <dc:Bounds x="{lb[0]:g}" y="{lb[1]:g}" width="{lb[2]:g}" height="{lb[3]:g}" />')
                L.append("        </bpmndi:BPMNLabel>")
            L.append("      </bpmndi:BPMNShape>")
        for f in self.flows:
            L.append(f'      <bpmndi:BPMNEdge id="{f.id}_di" bpmnElement="{f.id}">')
            for x, y in self.waypoints(f):
                L.append(f'        <di:waypoint x="{x:g}" y="{y:g}" />')
            if f.name and f.label:
                x, y, w, h = f.label
                L.append("        <bpmndi:BPMNLabel>")
                L.append(f'          <dc:Bounds x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" />')
                L.append("        </bpmndi:BPMNLabel>")
            L.append("      </bpmndi:BPMNEdge>")
        L += ["    </bpmndi:BPMNPlane>", "  </bpmndi:BPMNDiagram>", "</bpmn:definitions>", ""]
        return "\n".join(L)

    def node_label(self, n):
        """External label bounds for events and gateways: below by default, 'T' above."""
        if KIND[n.type] == "task" or not n.name:
            return None
        side = n.label or "B"
        w = 100 if KIND[n.type] == "event" else 110
        lines = max(1, -(-len(n.name) // 18))
        h = 14 * lines
        if side == "B":
            return (n.cx - w / 2, n.y + n.h + 6, w, h)
        if side == "T":
            return (n.cx - w / 2, n.y - 6 - h, w, h)
        raise ValueError(side)

    def write(self, path):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(self.xml())
