// @vitest-environment node
import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { SecantExplorer } from "../../src";

describe("server rendering", () => {
  it("renders the secant explorer to complete SVG and text, showing the slope 2", () => {
    const html = renderToString(<SecantExplorer fn="x^2" defaultX={1} />);
    expect(html).toContain("<svg");
    expect(html).toMatch(/class="[^"]*slopes-curve[^"]*"/);
    expect(html).toMatch(/Exact slope f′\(x\)<\/dt><dd[^>]*>2<\/dd>/);
    expect(html).toContain("slope of the tangent 2");
    expect(html).not.toMatch(/NaN/);
  });
});
