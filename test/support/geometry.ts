// Layout geometry for the browser tests that check what a picture shows (labels clear of each
// other, marks inside the figure…), in client (CSS) pixels as Chromium lays them out.

export type Point = readonly [number, number];

/** Two boxes overlap by more than `tolerance` pixels in both directions. */
export function overlap(a: DOMRect, b: DOMRect, tolerance = 1): boolean {
  return (
    a.left < b.right - tolerance &&
    b.left < a.right - tolerance &&
    a.top < b.bottom - tolerance &&
    b.top < a.bottom - tolerance
  );
}

/** `inner` lies inside `outer`, give or take `tolerance` pixels. */
export function inside(inner: DOMRect, outer: DOMRect, tolerance = 0.5): boolean {
  return (
    inner.left >= outer.left - tolerance &&
    inner.right <= outer.right + tolerance &&
    inner.top >= outer.top - tolerance &&
    inner.bottom <= outer.bottom + tolerance
  );
}

/** A point lies strictly inside a box shrunk by `margin` pixels on every side. */
export function within([x, y]: Point, box: DOMRect, margin = 1): boolean {
  return (
    x > box.left + margin &&
    x < box.right - margin &&
    y > box.top + margin &&
    y < box.bottom - margin
  );
}

/** The centre of an element's box. */
export function centre(element: Element): Point {
  const box = element.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2];
}

/** A point in an SVG element's own coordinates, in client pixels. */
export function clientPoint(element: Element, x: number, y: number): Point {
  const matrix = (element as SVGGraphicsElement).getScreenCTM() as DOMMatrix;
  const point = new DOMPoint(x, y).matrixTransform(matrix);
  return [point.x, point.y];
}

/**
 * The box of a text's glyphs: its layout box less the font's room above and below them (a
 * text's layout box reaches from the font's ascent to its descent, well past the letters).
 */
export function inkBox(text: Element): DOMRect {
  const style = getComputedStyle(text);
  const context = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const metrics = context.measureText(text.textContent ?? "");
  const box = text.getBoundingClientRect();
  const baseline = box.top + metrics.fontBoundingBoxAscent;
  return new DOMRect(
    box.left,
    baseline - metrics.actualBoundingBoxAscent,
    box.width,
    metrics.actualBoundingBoxAscent + metrics.actualBoundingBoxDescent,
  );
}
