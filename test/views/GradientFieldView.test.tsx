import { describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import type { UseGradientFieldOptions } from "../../src/hooks/useGradientField";
import { useGradientField } from "../../src/hooks/useGradientField";
import type { GradientFieldViewProps } from "../../src/views/GradientFieldView";
import { GradientFieldView } from "../../src/views/GradientFieldView";
import { CrossSectionPlot } from "../../src/views/CrossSectionPlot";
import { stubResizeObserver } from "../support/resize-observer";

stubResizeObserver();

function Map(props: UseGradientFieldOptions & Omit<GradientFieldViewProps, "field">) {
  const result = useGradientField(props);
  return (
    <>
      <GradientFieldView {...props} field={result} />
      <CrossSectionPlot section={result.state.sections[0]} />
    </>
  );
}

function attributesOf(container: Element): string[] {
  return [...container.querySelectorAll("svg *")].flatMap((element) =>
    element.getAttributeNames().map((name) => element.getAttribute(name) ?? ""),
  );
}

describe("GradientFieldView", () => {
  it("gives both axes one scale: the height follows the domain's shape", () => {
    const { container } = render(<Map width={600} />);
    const svg = container.querySelector("svg") as SVGSVGElement;
    // 600 − 54 px of margins across for 6 units; 4 units up: 364 px + 42 px of margins.
    expect(svg.getAttribute("height")).toBe(String(Math.round((546 * 4) / 6) + 42));
  });

  it("names the axes after the variables and exposes the probe as two sliders", () => {
    const { container } = render(<Map width={600} defaultProbe={[1, 1]} />);
    const labels = [...container.querySelectorAll(".slopes-axis-label")].map((t) => t.textContent);
    expect(labels.slice(0, 2)).toEqual(["w₁", "w₂"]);
    const w1 = screen.getByRole("slider", { name: "Probe, w1" });
    const w2 = screen.getByRole("slider", { name: "Probe, w2" });
    expect(w1).toHaveAttribute(
      "aria-valuetext",
      "w1 = 1, w2 = 1: L = 3, gradient (2, 4), steepness 4.472",
    );
    fireEvent.keyDown(w1, { key: "ArrowLeft" });
    expect(w1).toHaveAttribute("aria-valuenow", "0.95");
    fireEvent.keyDown(w2, { key: "ArrowUp", shiftKey: true });
    expect(w2).toHaveAttribute("aria-valuenow", "1.5");
  });

  it("labels the gradient and descent arrows with their vectors", () => {
    render(<Map width={600} defaultProbe={[1, 1]} />);
    expect(screen.getByRole("img", { name: "Gradient ∇L = (2, 4), pointing uphill" })).toBeTruthy();
    expect(
      screen.getByRole("img", { name: "Descent direction −∇L = (−2, −4), pointing downhill" }),
    ).toBeTruthy();
  });

  it("draws contour labels, and the optional layers only when asked", () => {
    const plain = render(<Map width={600} />);
    expect(plain.container.querySelectorAll(".slopes-contour-label").length).toBeGreaterThan(3);
    expect(plain.container.querySelector(".slopes-arrow-field")).toBeNull();
    plain.unmount();
    const full = render(<Map width={600} showField showHeatmap showTrajectory />);
    expect(full.container.querySelector(".slopes-arrow-field")).not.toBeNull();
    expect(full.container.querySelector(".slopes-heat")).not.toBeNull();
    expect(full.container.querySelectorAll(".slopes-descent-trail .slopes-point").length).toBe(50);
  });

  it("puts no NaN or Infinity into the SVG, even where the cost is undefined or diverges", () => {
    const { container } = render(
      <Map
        width={600}
        cost="log(w1) + 1/w2"
        defaultProbe={[-1, 0]}
        showField
        showHeatmap
        showTrajectory
      />,
    );
    expect(attributesOf(container).join(" ")).not.toMatch(/NaN|Infinity/);
    const diverging = render(
      <Map width={600} defaultProbe={[1, 1]} defaultLearningRate={2} showTrajectory />,
    );
    expect(attributesOf(diverging.container).join(" ")).not.toMatch(/NaN|Infinity/);
  });
});
