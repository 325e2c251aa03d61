import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { SecantExplorer } from "../../src";
import "../../src/theme/styles.css";

/** The angle of a drawn line above the horizontal, in degrees, from its client box ends. */
function drawnAngle(selector: string): number {
  const path = document.querySelector(`.slopes-explorer-figure ${selector} path`) as SVGPathElement;
  const length = path.getTotalLength();
  const matrix = path.getScreenCTM() as DOMMatrix;
  const a = path.getPointAtLength(0).matrixTransform(matrix);
  const b = path.getPointAtLength(length).matrixTransform(matrix);
  return (Math.atan2(-(b.y - a.y), b.x - a.x) * 180) / Math.PI;
}

describe("Units of the secant picture in Chromium", () => {
  it("draws sine's tangent at its true angle: equal units where the window allows", () => {
    render(
      <main style={{ width: 960 }}>
        <SecantExplorer fn="sin(x)" defaultX={0.5} domain={{ x: [-6.5, 6.5] }} lazy={false} />
      </main>,
    );
    // f′(0.5) = cos 0.5 ≈ 0.8776: 41.3°, not the 80° of a stretched y axis.
    const expected = (Math.atan(Math.cos(0.5)) * 180) / Math.PI;
    expect(Math.abs(drawnAngle(".slopes-tangent") - expected)).toBeLessThan(1);
    expect(document.querySelector(".slopes-units-note")).toBeNull();
  });

  it("says so when the units differ, and the run-1 triangle's rise is the slope", () => {
    render(
      <main style={{ width: 960 }}>
        <SecantExplorer fn="x^2" defaultX={1} lazy={false} />
      </main>,
    );
    const note = document.querySelector(".slopes-units-note")?.textContent ?? "";
    const ratio = Number(/drawn ([\d.]+) times/.exec(note)?.[1]);
    expect(ratio).toBeGreaterThan(0.2);
    expect(ratio).toBeLessThan(0.9);
    // The drawn tangent is flatter than 63.4° (slope 2) by exactly that ratio.
    const drawn = drawnAngle(".slopes-tangent");
    expect(Math.tan((drawn * Math.PI) / 180)).toBeCloseTo(2 * ratio, 1);
    const words = [...document.querySelectorAll(".slopes-picture-label")].map((t) => t.textContent);
    expect(words).toEqual(expect.arrayContaining(["1", "2"]));
    expect(screen.getByText(/one unit up is drawn/)).toBeVisible();
  });
});
