import { describe, expect, it } from "vitest";
import { render } from "@testing-library/react";
import type { SecantMethod } from "../../src";
import { SecantView, useSecant } from "../../src";
import "../../src/theme/styles.css";

function Scene(props: { x: number; h: number; method: SecantMethod }) {
  const result = useSecant({ fn: "x^2", x: props.x, h: props.h, method: props.method });
  return (
    <div style={{ width: 600 }}>
      <SecantView secant={result} width={600} />
    </div>
  );
}

function overlap(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe("SecantView labels in Chromium", () => {
  it("never cover the handle, for any point, gap and difference", () => {
    const { rerender } = render(<Scene x={0} h={0.2} method="central" />);
    let checked = 0;
    for (const method of ["forward", "central"] as const) {
      for (const h of [0.05, 0.2, 0.5, 1]) {
        for (const x of [-2.5, -1.5, -0.5, 0, 0.5, 1, 2, 2.5]) {
          rerender(<Scene x={x} h={h} method={method} />);
          const ring = document.querySelector(".slopes-handle-ring");
          expect(ring).not.toBeNull();
          const handle = (ring as Element).getBoundingClientRect();
          const labels = document.querySelectorAll(".slopes-triangle text, .slopes-line-label");
          for (const label of labels) {
            const box = label.getBoundingClientRect();
            expect(
              overlap(box, handle),
              `${label.textContent} covers the handle at x = ${x}, h = ${h}, ${method}`,
            ).toBe(false);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
