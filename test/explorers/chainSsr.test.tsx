// @vitest-environment node
import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { ChainRuleExplorer } from "../../src";

describe("server rendering of the chain-rule explorer", () => {
  it("renders the composition at x = 1 with its product 24, complete SVG and no NaN", () => {
    const html = renderToString(
      <ChainRuleExplorer defaultMode="composition" defaultInputs={{ x: 1 }} />,
    );
    expect(html).toContain("<svg");
    expect(html).toMatch(/df\/dx: product along the path<\/dt><dd>24<\/dd>/);
    expect(html).toContain("df/dx = df/du × du/dx = 8 × 3 = 24");
    expect(html).toContain("katex");
    expect(html).not.toMatch(/NaN/);
    // On the server nothing moves: the step-through control is rendered.
    expect(html).toContain("Next step");
  });

  it("renders the neuron of exercise 3", () => {
    const html = renderToString(<ChainRuleExplorer defaultMode="neuron" />);
    expect(html).toMatch(/∂L\/∂w: product along the path<\/dt><dd>−0.5<\/dd>/);
  });
});
