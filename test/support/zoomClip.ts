// Whether the secant zoom's curve is clipped to its plot, where it is drawn (a page or an
// element's shadow root). Since the zoom moves its curve by a transform, the curve is several
// zoom-widths long and only its clip keeps it inside the inset.
import { expect } from "vitest";

/** Checks the clip of the zoom's curve in `root`: it resolves there, and it is what shows. */
export function expectZoomCurveClipped(root: Document | ShadowRoot): void {
  const group = root.querySelector(".slopes-zoom-curve") as SVGGElement;
  const id = /url\(#(.+)\)/.exec(group.getAttribute("clip-path") ?? "")?.[1] ?? "";
  // The reference resolves in the same tree (a shadow root has its own ids).
  const clip = root.querySelector(`clipPath#${CSS.escape(id)}`);
  expect(clip, `clipPath #${id} in the curve's own tree`).not.toBeNull();
  const svg = group.ownerSVGElement as SVGSVGElement;
  const box = svg.getBoundingClientRect();
  // The curve itself runs far past the inset on both sides…
  const path = group.querySelector("path") as SVGPathElement;
  const matrix = path.getScreenCTM() as DOMMatrix;
  const length = path.getTotalLength();
  const outside: DOMPoint[] = [];
  for (let i = 0; i <= 400; i++) {
    const p = path.getPointAtLength((length * i) / 400).matrixTransform(matrix);
    const clear = p.x > box.right + 4 || p.x < box.left - 4;
    if (clear && p.x > 0 && p.x < innerWidth && p.y > 0 && p.y < innerHeight) outside.push(p);
  }
  expect(outside.length, "the test needs curve points outside the inset").toBeGreaterThan(0);
  // …but nothing of it is painted (hit-testing follows the clip) out there.
  for (const p of outside) {
    const hit = root.elementFromPoint(p.x, p.y);
    expect(hit?.closest(".slopes-zoom-curve") ?? null, `at ${p.x}, ${p.y}`).toBeNull();
  }
}
