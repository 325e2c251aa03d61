// @vitest-environment node
import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { GradientExplorer } from "../../src";

describe("GradientExplorer on the server", () => {
  it("renders the gradient (2, 4) at (1, 1) without a browser", () => {
    const html = renderToString(<GradientExplorer defaultProbe={[1, 1]} />);
    expect(html).toMatch(/<dd[^>]*>\(2, 4\)<\/dd>/);
    expect(html).toMatch(/<dd[^>]*>\(−2, −4\)<\/dd>/);
    expect(html).toContain("√20 ≈ 4.472");
    expect(html).toContain('aria-label="Gradient ∇L = (2, 4), pointing uphill"');
    expect(html).toContain(
      'aria-valuetext="w1 = 1, w2 = 1: L = 3, gradient (2, 4), steepness 4.472"',
    );
    expect(html).not.toMatch(/NaN/);
  });
});
