#!/usr/bin/env python3
"""Draws docs/images/performance-scaling.svg from docs/performance-scaling.csv (the figures of docs/performance.md,
measured with scosim synth and scosim bench). Standard library only."""
import csv
import math
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
rows = list(csv.DictReader(open(root / "docs" / "performance-scaling.csv")))
N = [int(r["states"]) for r in rows]
ms = [float(r["model_cpu_ms"]) for r in rows]
W, H, L, R, T, B = 640, 400, 70, 20, 40, 55
x0, x1, y0, y1 = math.log10(40), math.log10(1000), math.log10(20), math.log10(20000)


def X(n):
    return L + (math.log10(n) - x0) / (x1 - x0) * (W - L - R)


def Y(v):
    return H - B - (math.log10(v) - y0) / (y1 - y0) * (H - T - B)


o = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="12">',
     f'<rect width="{W}" height="{H}" fill="white"/>',
     f'<text x="{W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">Model cost per replication against the number of states (50 years)</text>']
for v in [20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000]:
    o.append(f'<line x1="{L}" x2="{W - R}" y1="{Y(v):.1f}" y2="{Y(v):.1f}" stroke="#e5e5e5"/><text x="{L - 6}" y="{Y(v) + 4:.1f}" text-anchor="end">{v:,}</text>')
for n in N:
    o.append(f'<line y1="{T}" y2="{H - B}" x1="{X(n):.1f}" x2="{X(n):.1f}" stroke="#e5e5e5"/><text y="{H - B + 16}" x="{X(n):.1f}" text-anchor="middle">{n}</text>')
o.append(f'<rect x="{L}" y="{T}" width="{W - L - R}" height="{H - T - B}" fill="none" stroke="#888"/>')
ref = [(n, ms[0] * (n / N[0]) ** 2) for n in [N[0], N[-1]]]
o.append('<polyline fill="none" stroke="#999" stroke-dasharray="6,4" stroke-width="1.5" points="' + ' '.join(f'{X(n):.1f},{Y(v):.1f}' for n, v in ref) + '"/>')
o.append(f'<text x="{X(560):.1f}" y="{Y(ms[0] * (560 / N[0]) ** 2) - 8:.1f}" fill="#666" text-anchor="end">N² from N = {N[0]}</text>')
if "model_cpu_ms_before" in rows[0]:  # the release before, for comparison
    before = [float(r["model_cpu_ms_before"]) for r in rows]
    o.append('<polyline fill="none" stroke="#DC3220" stroke-width="1.5" stroke-dasharray="2,3" points="' + ' '.join(f'{X(n):.1f},{Y(v):.1f}' for n, v in zip(N, before)) + '"/>')
    o.append(f'<text x="{L + 10}" y="{T + 36}" fill="#DC3220">dotted: the build of 2026-12-02</text>')
    o.append(f'<text x="{L + 10}" y="{T + 18}" fill="#005AB5">solid: this build (2026-12-07)</text>')
o.append('<polyline fill="none" stroke="#005AB5" stroke-width="2.5" points="' + ' '.join(f'{X(n):.1f},{Y(v):.1f}' for n, v in zip(N, ms)) + '"/>')
for k, (n, v) in enumerate(zip(N, ms)):
    last = k == len(N) - 1  # the last label goes to the left of its point, inside the frame
    o.append(f'<circle cx="{X(n):.1f}" cy="{Y(v):.1f}" r="4" fill="#005AB5"/><text x="{X(n) + (-7 if last else 7):.1f}" '
             f'y="{Y(v) + (-9 if last else 16):.1f}" fill="#005AB5" text-anchor="{"end" if last else "start"}">{v:,.0f} ms</text>')
o.append(f'<text x="{(L + W - R) / 2}" y="{H - 12}" text-anchor="middle">states N (log scale; scosim synth --states N --years 50)</text>')
o.append(f'<text transform="translate(16,{(T + H - B) / 2}) rotate(-90)" text-anchor="middle">ms of CPU per replication (log scale)</text>')
o.append('</svg>')
(root / "docs" / "images" / "performance-scaling.svg").write_text('\n'.join(o) + '\n')
