import type { Vec2 } from "../math/vec";
import type { Domain } from "./plane";

/** The window of the secant's zoom and how much narrower it is than the picture's. */
export interface ZoomWindow {
  readonly domain: Domain;
  /** The picture's x range ÷ the zoom's: "×1000" means a window 1000 times narrower. */
  readonly magnification: number;
}

/** Share of the zoom's width or height the secant's two points span. */
const FILL = 0.6;

/**
 * The window of a magnifier that keeps the secant visible however small h gets: equal units on
 * both axes, centred between the secant's two points, scaled so that they span 60 % of its
 * width or height (whichever is reached first). As h shrinks the window shrinks with it, so the
 * two points stay apart on screen and the angle between secant and tangent can be seen closing.
 * Never wider than the picture's own window (`main`); `null` when a point is not finite.
 */
export function zoomWindow(
  points: readonly [Vec2, Vec2],
  main: Domain,
  [width, height]: readonly [number, number],
): ZoomWindow | null {
  const [[ax, ay], [bx, by]] = points;
  if (![ax, ay, bx, by, width, height].every(Number.isFinite) || width <= 0 || height <= 0) {
    return null;
  }
  const dx = Math.abs(bx - ax);
  const dy = Math.abs(by - ay);
  const mainSpan = main.x[1] - main.x[0];
  // Pixels per unit: the two points fill FILL of one side; never less than the picture's own.
  const fit = Math.min(
    dx > 0 ? (FILL * width) / dx : Infinity,
    dy > 0 ? (FILL * height) / dy : Infinity,
  );
  const scale = Math.max(width / mainSpan, Number.isFinite(fit) ? fit : width / mainSpan);
  const cx = (ax + bx) / 2;
  const cy = (ay + by) / 2;
  const halfX = width / scale / 2;
  const halfY = height / scale / 2;
  const domain: Domain = { x: [cx - halfX, cx + halfX], y: [cy - halfY, cy + halfY] };
  // A window too narrow for doubles to tell its ends apart cannot be drawn.
  if (!(domain.x[1] > domain.x[0]) || !(domain.y[1] > domain.y[0])) return null;
  return { domain, magnification: mainSpan / (2 * halfX) };
}

/**
 * The window to sample the zoom's curve in: about three to six times the zoom's width and
 * height, its ends snapped to a grid whose step is the power of two just above the zoom's size,
 * so that it stays the same object's numbers while the zoom moves a little (a drag samples the
 * curve once every few steps, not on every one). It always contains `zoom`.
 */
export function zoomSampleWindow(zoom: Domain): Domain {
  return { x: snapped(zoom.x), y: snapped(zoom.y) };
}

function snapped([lo, hi]: readonly [number, number]): [number, number] {
  const width = hi - lo;
  const step = 2 ** Math.ceil(Math.log2(width));
  const centre = Math.round((lo + hi) / 2 / step) * step;
  // |centre − middle| ≤ step / 2 and width ≤ step: the zoom lies within centre ± step.
  return [centre - 1.5 * step, centre + 1.5 * step];
}
