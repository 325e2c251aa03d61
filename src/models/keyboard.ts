import { clamp, roundToStep } from "../math/number";

/** What a key press asks a slider-like control to do. */
export type MoveIntent =
  | { readonly kind: "step"; readonly direction: 1 | -1; readonly factor: number }
  | { readonly kind: "edge"; readonly edge: "min" | "max" };

/** The parts of a keyboard event the intent depends on. */
export interface KeyInput {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly altKey?: boolean;
}

/** Step multiplier for a held Shift key (and for PageUp / PageDown). */
export const LARGE_STEP_FACTOR = 10;
/** Step multiplier for a held Alt key: fine adjustment. */
export const FINE_STEP_FACTOR = 0.1;

/**
 * The intent of a key press on a slider, following the ARIA slider pattern:
 * Right/Up step up, Left/Down step down, PageUp/PageDown take ten steps, Home/End jump to the
 * ends. Shift multiplies a step by 10, Alt divides it by 10. Other keys give `null`.
 */
export function keyIntent(event: KeyInput): MoveIntent | null {
  const modifier = event.shiftKey ? LARGE_STEP_FACTOR : event.altKey ? FINE_STEP_FACTOR : 1;
  switch (event.key) {
    case "ArrowRight":
    case "ArrowUp":
      return { kind: "step", direction: 1, factor: modifier };
    case "ArrowLeft":
    case "ArrowDown":
      return { kind: "step", direction: -1, factor: modifier };
    case "PageUp":
      return { kind: "step", direction: 1, factor: LARGE_STEP_FACTOR };
    case "PageDown":
      return { kind: "step", direction: -1, factor: LARGE_STEP_FACTOR };
    case "Home":
      return { kind: "edge", edge: "min" };
    case "End":
      return { kind: "edge", edge: "max" };
    default:
      return null;
  }
}

/** Range and step of one slider axis. */
export interface AxisRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/**
 * The value after an intent. A step lands on a multiple of the step so values stay round
 * (1.37 → 1.4 → 1.5); a large step moves ten steps on that same grid, a fine step moves on a
 * grid ten times finer. The result never leaves `[min, max]`; a non-finite start value moves
 * from the middle of the range.
 */
export function applyIntent(value: number, intent: MoveIntent, range: AxisRange): number {
  if (intent.kind === "edge") return intent.edge === "min" ? range.min : range.max;
  const start = Number.isFinite(value) ? value : (range.min + range.max) / 2;
  const grid = range.step * Math.min(1, intent.factor);
  const next = roundToStep(start + intent.direction * range.step * intent.factor, grid);
  return clamp(next, range.min, range.max);
}
