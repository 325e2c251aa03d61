// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyIntent, keyIntent } from "../../src/models/keyboard";

describe("keyIntent", () => {
  it.each([
    [{ key: "ArrowRight" }, { kind: "step", direction: 1, factor: 1 }],
    [{ key: "ArrowUp" }, { kind: "step", direction: 1, factor: 1 }],
    [{ key: "ArrowLeft" }, { kind: "step", direction: -1, factor: 1 }],
    [{ key: "ArrowDown" }, { kind: "step", direction: -1, factor: 1 }],
    [
      { key: "ArrowRight", shiftKey: true },
      { kind: "step", direction: 1, factor: 10 },
    ],
    [
      { key: "ArrowLeft", altKey: true },
      { kind: "step", direction: -1, factor: 0.1 },
    ],
    [{ key: "PageUp" }, { kind: "step", direction: 1, factor: 10 }],
    [{ key: "PageDown" }, { kind: "step", direction: -1, factor: 10 }],
    [{ key: "Home" }, { kind: "edge", edge: "min" }],
    [{ key: "End" }, { kind: "edge", edge: "max" }],
  ])("%o → %o", (input, intent) => {
    expect(keyIntent(input)).toEqual(intent);
  });

  it("ignores every other key", () => {
    for (const key of ["a", "Enter", " ", "Tab", "Escape", "Shift"])
      expect(keyIntent({ key })).toBeNull();
  });
});

describe("applyIntent", () => {
  const range = { min: -3, max: 3, step: 0.1 };
  const step = (direction: 1 | -1, factor = 1) => ({ kind: "step", direction, factor }) as const;

  it.each([
    [1, step(1), 1.1],
    [1, step(-1), 0.9],
    [1.37, step(1), 1.5],
    [1.37, step(-1), 1.3],
    [1.1, step(-1, 10), 0.1],
    [0.5, step(1, 0.1), 0.51],
    [0.2, step(1), 0.3],
    [2.95, step(1), 3],
    [-2.95, step(-1, 10), -3],
    [Number.NaN, step(1), 0.1],
  ])("from %d by %o gives %d", (value, intent, expected) => {
    expect(applyIntent(value, intent, range)).toBe(expected);
  });

  it("jumps to the ends with Home and End", () => {
    expect(applyIntent(0.4, { kind: "edge", edge: "min" }, range)).toBe(-3);
    expect(applyIntent(0.4, { kind: "edge", edge: "max" }, range)).toBe(3);
  });

  it("always stays in range and moves in the direction asked (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.constantFrom(1 as const, -1 as const),
        fc.constantFrom(1, 10, 0.1),
        (value, direction, factor) => {
          const next = applyIntent(value, step(direction, factor), range);
          expect(next).toBeGreaterThanOrEqual(-3);
          expect(next).toBeLessThanOrEqual(3);
          if (direction === 1) expect(next).toBeGreaterThanOrEqual(value - 1e-12);
          else expect(next).toBeLessThanOrEqual(value + 1e-12);
          const atEdge = next === 3 || next === -3;
          if (!atEdge) expect(next).not.toBe(value);
        },
      ),
    );
  });
});
