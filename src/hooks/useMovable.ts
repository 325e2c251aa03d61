import type { KeyboardEvent, PointerEvent } from "react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { clamp, niceStep } from "../math/number";
import type { Vec2 } from "../math/vec";
import { applyIntent, keyIntent } from "../models/keyboard";

/** A coordinate of the plane. */
export type Axis = "x" | "y";

/** The rectangle a movable point stays in, in math coordinates. */
export interface MovableBounds {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/** Options of {@link useMovable}. */
export interface UseMovableOptions {
  /** Where the point is now, `[x, y]` in math coordinates (controlled). */
  value: Vec2;
  /** Called with every new position during a drag or a key press. */
  onValueChange: (next: Vec2) => void;
  /** Called once when a gesture ends (pointer released, key released, focus lost). */
  onChangeEnd?: ((final: Vec2) => void) | undefined;
  /** Which coordinates the point may change. @default "xy" */
  axes?: Axis | "xy" | undefined;
  /** The rectangle the point stays in; Home/End jump to its edges. */
  bounds: MovableBounds;
  /**
   * Keyboard step per axis, or one step for both.
   * @default a round number near 1/100 of each axis range
   */
  step?: number | Partial<Record<Axis, number>> | undefined;
  /** Maps a wanted position to an allowed one (e.g. onto a curve: `([x]) => [x, f(x)]`). */
  constrain?: ((wanted: Vec2) => Vec2) | undefined;
  /** Converts client (CSS pixel) coordinates to math coordinates; `null` when unknown. */
  toMath: (clientX: number, clientY: number) => Vec2 | null;
  /** Ignore pointer and keyboard input. @default false */
  disabled?: boolean | undefined;
}

/** Event handlers (and a ref) for the element that is dragged. */
export interface MovableDragProps {
  /**
   * Attach to the dragged element. It cancels the browser's scrolling for touches that start on
   * the element: Chromium ignores CSS `touch-action` on SVG shapes, and a scroll would cancel
   * the drag. Touches elsewhere on the page scroll as usual.
   */
  ref: (element: Element | null) => void;
  onPointerDown: (event: PointerEvent<Element>) => void;
  onPointerMove: (event: PointerEvent<Element>) => void;
  onPointerUp: (event: PointerEvent<Element>) => void;
  onPointerCancel: (event: PointerEvent<Element>) => void;
  onLostPointerCapture: (event: PointerEvent<Element>) => void;
}

/** Event handlers for a focusable element that moves one axis with the keyboard. */
export interface MovableKeyProps {
  onKeyDown: (event: KeyboardEvent<Element>) => void;
  onKeyUp: (event: KeyboardEvent<Element>) => void;
  onBlur: () => void;
}

/** Result of {@link useMovable}. */
export interface UseMovableResult {
  /** True while a pointer drag is under way. */
  dragging: boolean;
  /** Spread on the element that takes pointer drags (mouse, pen and touch alike). */
  dragProps: MovableDragProps;
  /** Spread on the focusable element of an axis (a `role="slider"`). */
  keyProps: (axis: Axis) => MovableKeyProps;
  /** The keyboard step in use for each axis. */
  step: Readonly<Record<Axis, number>>;
}

interface Gesture {
  pointerId: number | null;
  offset: Vec2;
  /** The last position reported during this gesture, if any. */
  last: Vec2 | null;
}

/**
 * Pointer, touch and keyboard as one way to move a point. A drag keeps the grab offset (the
 * point does not jump under the finger), survives leaving the element (pointer capture) and
 * reports `onChangeEnd` once. Keys follow the ARIA slider pattern (see `keyIntent`); a held key
 * is one gesture, ended by its release.
 */
export function useMovable(options: UseMovableOptions): UseMovableResult {
  const { bounds, step: stepOption, axes = "xy" } = options;
  const [dragging, setDragging] = useState(false);

  const step = useMemo<Record<Axis, number>>(() => {
    const pick = (axis: Axis) => {
      const given = typeof stepOption === "number" ? stepOption : stepOption?.[axis];
      if (given !== undefined && given > 0 && Number.isFinite(given)) return given;
      const [min, max] = bounds[axis];
      return niceStep((max - min) / 100);
    };
    return { x: pick("x"), y: pick("y") };
  }, [stepOption, bounds]);

  // Handlers read the newest options without being recreated on every render.
  const latest = useRef({ options, step, axes });
  useEffect(() => {
    latest.current = { options, step, axes };
  });
  const gesture = useRef<Gesture>({ pointerId: null, offset: [0, 0], last: null });
  const keyGesture = useRef<{ last: Vec2 | null }>({ last: null });

  /** Moves to `wanted` (moving axes clamped, then constrained); returns the position reported. */
  const moveTo = useCallback((wanted: Vec2): Vec2 | null => {
    const { options: o, axes: moving } = latest.current;
    const [px, py] = o.value;
    const x = moving === "y" ? px : clamp(wanted[0], o.bounds.x[0], o.bounds.x[1]);
    const y = moving === "x" ? py : clamp(wanted[1], o.bounds.y[0], o.bounds.y[1]);
    if (Number.isNaN(x) || (moving !== "x" && Number.isNaN(y))) return null;
    const next = o.constrain ? o.constrain([x, y]) : ([x, y] as const);
    if (Object.is(next[0], px) && Object.is(next[1], py)) return null;
    o.onValueChange(next);
    return next;
  }, []);

  const endDrag = useCallback((event: PointerEvent<Element>) => {
    const g = gesture.current;
    if (g.pointerId !== event.pointerId) return;
    const last = g.last;
    gesture.current = { pointerId: null, offset: [0, 0], last: null };
    setDragging(false);
    if (last) latest.current.options.onChangeEnd?.(last);
  }, []);

  // Native, non-passive listener: React registers touch listeners as passive.
  const touchTarget = useRef<Element | null>(null);
  const dragRef = useCallback((element: Element | null) => {
    if (touchTarget.current === element) return;
    touchTarget.current?.removeEventListener("touchmove", cancelTouchScroll);
    touchTarget.current = element;
    element?.addEventListener("touchmove", cancelTouchScroll, { passive: false });
  }, []);

  const dragProps = useMemo<MovableDragProps>(
    () => ({
      ref: dragRef,
      onPointerDown(event) {
        const o = latest.current.options;
        if (o.disabled || (event.pointerType === "mouse" && event.button !== 0)) return;
        const at = o.toMath(event.clientX, event.clientY);
        if (!at) return;
        const [px, py] = o.value;
        const offset: Vec2 = [
          Number.isFinite(px) ? px - at[0] : 0,
          Number.isFinite(py) ? py - at[1] : 0,
        ];
        gesture.current = { pointerId: event.pointerId, offset, last: null };
        try {
          event.currentTarget.setPointerCapture?.(event.pointerId);
        } catch {
          // A pointer the browser no longer tracks (or a synthetic event): drag without capture.
        }
        setDragging(true);
      },
      onPointerMove(event) {
        const g = gesture.current;
        if (g.pointerId !== event.pointerId) return;
        const at = latest.current.options.toMath(event.clientX, event.clientY);
        if (!at) return;
        // Rendered within this event rather than in a scheduler task of its own: one task per
        // move instead of two (measured in bench/drag.bench.mjs).
        flushSync(() => {
          const next = moveTo([at[0] + g.offset[0], at[1] + g.offset[1]]);
          if (next) g.last = next;
        });
      },
      onPointerUp: endDrag,
      onPointerCancel: endDrag,
      onLostPointerCapture: endDrag,
    }),
    [moveTo, endDrag, dragRef],
  );

  const endKeys = useCallback(() => {
    const last = keyGesture.current.last;
    keyGesture.current = { last: null };
    if (last) latest.current.options.onChangeEnd?.(last);
  }, []);

  const keyProps = useCallback(
    (axis: Axis): MovableKeyProps => ({
      onKeyDown(event) {
        const { options: o, step: s } = latest.current;
        if (o.disabled) return;
        const intent = keyIntent(event);
        if (!intent) return;
        event.preventDefault();
        const index = axis === "x" ? 0 : 1;
        const [min, max] = o.bounds[axis];
        const coordinate = applyIntent(o.value[index], intent, { min, max, step: s[axis] });
        const wanted: Vec2 = axis === "x" ? [coordinate, o.value[1]] : [o.value[0], coordinate];
        const next = moveTo(wanted);
        if (next) keyGesture.current = { last: next };
      },
      onKeyUp: endKeys,
      onBlur: endKeys,
    }),
    [moveTo, endKeys],
  );

  return { dragging, dragProps, keyProps, step };
}

function cancelTouchScroll(event: Event): void {
  if (event.cancelable) event.preventDefault();
}
