import { describe, expect, it } from "vitest";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { ChainRuleExplorer, GradientExplorer, SecantExplorer } from "../../src";
import { seededRandom } from "../support/random";

const KEYS = [
  "ArrowLeft",
  "ArrowRight",
  "ArrowUp",
  "ArrowDown",
  "Home",
  "End",
  "PageUp",
  "PageDown",
  "a",
  "Tab",
];
const TEXTS = [
  "x^2",
  "sin(",
  "1/x",
  ")(",
  "ln(x)",
  "",
  "σ(x)",
  "x^^2",
  "<b>x</b>",
  "\\href{x}",
  "9e999",
  "abs(x)",
];

/** Every attribute value under the widget that is not a finite-looking number. */
function badAttributes(root: Element): string[] {
  return [...root.querySelectorAll("svg *")].flatMap((el) =>
    [...el.attributes]
      .filter((a) => /NaN|Infinity/.test(a.value))
      .map((a) => `${el.tagName}.${a.name}=${a.value}`),
  );
}

/**
 * Fires `count` random pointer (mouse and touch), wheel, keyboard and typing actions at the
 * widget through Chromium's event dispatch, with a fixed seed.
 */
function chaos(root: HTMLElement, seed: number, count: number): void {
  const next = seededRandom(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const box = root.getBoundingClientRect();
  const point = () => ({
    clientX: box.left + next() * box.width,
    clientY: box.top + next() * box.height,
  });
  for (let i = 0; i < count; i++) {
    const targets = [
      ...root.querySelectorAll<HTMLElement | SVGElement>('[role="slider"], input, svg'),
    ];
    const target = pick(targets);
    const kind = next();
    if (kind < 0.35) {
      const pointerType = next() < 0.5 ? "mouse" : "touch";
      const id = 1 + Math.floor(next() * 3);
      const start = point();
      target.dispatchEvent(
        new PointerEvent("pointerdown", { ...start, pointerId: id, pointerType, bubbles: true }),
      );
      for (let k = 0; k < 3; k++) {
        target.dispatchEvent(
          new PointerEvent("pointermove", {
            ...point(),
            pointerId: id,
            pointerType,
            bubbles: true,
          }),
        );
      }
      target.dispatchEvent(
        new PointerEvent(next() < 0.9 ? "pointerup" : "pointercancel", {
          pointerId: id,
          pointerType,
          bubbles: true,
        }),
      );
    } else if (kind < 0.45) {
      target.dispatchEvent(
        new WheelEvent("wheel", {
          ...point(),
          deltaY: (next() - 0.5) * 400,
          bubbles: true,
          cancelable: true,
        }),
      );
    } else if (kind < 0.85) {
      target.focus?.();
      const key = pick(KEYS);
      const init = {
        key,
        shiftKey: next() < 0.2,
        altKey: next() < 0.1,
        bubbles: true,
        cancelable: true,
      };
      target.dispatchEvent(new KeyboardEvent("keydown", init));
      target.dispatchEvent(new KeyboardEvent("keyup", init));
    } else {
      const input = root.querySelector<HTMLInputElement>('input[type="text"], input[type="range"]');
      if (!input) continue;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
      const value = input.type === "range" ? String(-12 + next() * 12) : pick(TEXTS);
      setter?.call(input, value);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }
}

const EXPLORERS: [string, ReactElement][] = [
  ["SecantExplorer", <SecantExplorer key="s" fn="x^2" defaultX={1} />],
  ["ChainRuleExplorer", <ChainRuleExplorer key="c" defaultMode="neuron" animation="step" />],
  ["GradientExplorer", <GradientExplorer key="g" defaultProbe={[1, 1]} />],
];

describe.each(EXPLORERS)("chaos: %s under 2,000 random actions (seed 20261126)", (_, element) => {
  it("logs no error, writes no NaN into the SVG, keeps the handle in the plane, bounded heap", async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener("error", onError);
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(" "));
    const gc = (window as unknown as { gc?: () => void }).gc;
    const heap = () =>
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
      0;
    try {
      const { container } = render(<main style={{ width: 900 }}>{element}</main>);
      gc?.();
      const before = heap();
      const seen = new Set<string>();
      for (let round = 0; round < 20; round++) {
        chaos(container, 20261126 + round, 100);
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(badAttributes(container), `round ${round}`).toEqual([]);
        for (const slider of container.querySelectorAll('[role="slider"]')) {
          seen.add(`${slider.getAttribute("aria-label")}=${slider.getAttribute("aria-valuenow")}`);
        }
        for (const input of container.querySelectorAll("input"))
          seen.add(`${input.id}=${input.value}`);
      }
      // The actions really moved things (not a test of an idle widget).
      expect(seen.size).toBeGreaterThan(10);
      for (const handle of container.querySelectorAll(".slopes-handle")) {
        const plane = handle.closest("svg")?.getBoundingClientRect();
        const dot = handle.querySelector(".slopes-handle-dot")?.getBoundingClientRect();
        expect(plane && dot).toBeTruthy();
        if (plane && dot) {
          expect(dot.left + dot.width / 2).toBeGreaterThanOrEqual(plane.left - 1);
          expect(dot.left + dot.width / 2).toBeLessThanOrEqual(plane.right + 1);
          expect(dot.top + dot.height / 2).toBeGreaterThanOrEqual(plane.top - 1);
          expect(dot.top + dot.height / 2).toBeLessThanOrEqual(plane.bottom + 1);
        }
      }
      gc?.();
      const growth = heap() - before;
      expect(growth, `heap grew by ${(growth / 1e6).toFixed(1)} MB`).toBeLessThan(30e6);
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener("error", onError);
      console.error = original;
    }
  }, 120_000);
});
