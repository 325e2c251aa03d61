import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { ProbeState } from "../../src/models/gradientProbe";
import { GradientExplorer } from "../../src/explorers/GradientExplorer";
import { stubResizeObserver } from "../support/resize-observer";

stubResizeObserver();

function readout(name: string): string {
  const term = screen.getByText(name, { selector: ".slopes-readout dt" });
  return term.nextElementSibling?.textContent ?? "";
}

function costField(): HTMLInputElement {
  return screen.getByRole("textbox", { name: "L =" });
}

describe("GradientExplorer: the chapter's numbers", () => {
  it("reads exercise 4 at (1, 1): ∇L = (2, 4), |∇L| = √20, descent (−2, −4)", () => {
    const { container } = render(<GradientExplorer defaultProbe={[1, 1]} />);
    expect(readout("Cost L")).toBe("3");
    expect(readout("∂L/∂w₁")).toBe("2");
    expect(readout("∂L/∂w₂")).toBe("4");
    expect(readout("Gradient ∇L")).toBe("(2, 4)");
    expect(readout("Steepness |∇L|")).toBe("√20 ≈ 4.472");
    expect(readout("Descent direction −∇L")).toBe("(−2, −4)");
    const formulas = container.querySelector(".slopes-formulas") as HTMLElement;
    expect(formulas.getAttribute("aria-label")).toBe("Formulas");
    const annotations = [...formulas.querySelectorAll("annotation")].map((a) => a.textContent);
    expect(annotations).toContain("L(w_{1}, w_{2}) = w_{1}^{2} + 2 w_{2}^{2}");
    expect(annotations.join("\n")).toContain("\\sqrt{20} \\approx 4.472");
    expect(annotations.join("\n")).toContain("= \\left(0.8,\\ 0.6\\right)");
    const up = container.querySelector(".slopes-gradient-ascent") as Element;
    expect(up.getAttribute("aria-label")).toBe("Gradient ∇L = (2, 4), pointing uphill");
    expect(container.querySelector(".slopes-gradient-notice")).toBeNull();
  });

  it("says both partial slopes are zero at the minimum, and names it", () => {
    render(<GradientExplorer defaultProbe={[0, 0]} />);
    expect(readout("Gradient ∇L")).toBe("(0, 0)");
    const notice = document.querySelector(".slopes-gradient-notice") as HTMLElement;
    expect(notice.textContent).toMatch(/^Both partial slopes are zero.*a minimum/);
    expect(screen.getByRole("button", { name: "Take one step" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    expect(screen.getByText("No step: the gradient is zero here.")).toBeTruthy();
  });

  it("shows the two slices with the partial derivatives as their tangent slopes", () => {
    render(<GradientExplorer defaultProbe={[1, 1]} />);
    const slices = screen.getByRole("group", { name: "Slices through the probe" });
    expect(slices.textContent).toContain("Slice along w₁, with w₂ fixed at 1");
    expect(slices.textContent).toContain("slope ∂L/∂w₁ = 2");
    expect(slices.textContent).toContain("slope ∂L/∂w₂ = 4");
  });
});

describe("GradientExplorer: controls", () => {
  it("takes one step of descent and reports the end of that gesture once, with the new state", () => {
    const onChangeEnd = vi.fn<(state: ProbeState) => void>();
    const onProbeChange = vi.fn();
    render(
      <GradientExplorer
        defaultProbe={[1, 1]}
        onChangeEnd={onChangeEnd}
        onProbeChange={onProbeChange}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Take one step" }));
    expect(onProbeChange).toHaveBeenLastCalledWith([0.8, 0.6]);
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
    expect(onChangeEnd.mock.calls[0]?.[0].probe).toEqual([0.8, 0.6]);
    expect(readout("Gradient ∇L")).toBe("(1.6, 2.4)");
  });

  it("shows a diverging learning rate as a divergence that stops", () => {
    const { container } = render(
      <GradientExplorer defaultProbe={[1, 1]} defaultLearningRate={0.6} defaultShowTrajectory />,
    );
    const status = container.querySelector(".slopes-gradient-status") as HTMLElement;
    expect(status.dataset.status).toBe("diverged");
    expect(status.textContent).toMatch(
      /η = 0\.6 each step overshoots .* diverges\. The path stops after \d+ steps/,
    );
    const trail = screen.getByRole("img", { name: /Gradient descent path from the probe/ });
    expect(trail.getAttribute("data-diverged")).toBe("true");
    for (const element of container.querySelectorAll("svg *")) {
      for (const attribute of element.getAttributeNames())
        expect(element.getAttribute(attribute)).not.toMatch(/NaN|Infinity/);
    }
  });

  it("toggles the arrow field, the descent path and the heat map", () => {
    const { container } = render(<GradientExplorer defaultProbe={[1, 1]} />);
    expect(container.querySelector(".slopes-arrow-field")).toBeNull();
    expect(container.querySelector(".slopes-descent-trail")).toBeNull();
    expect(container.querySelector(".slopes-heat")).toBeNull();
    fireEvent.click(screen.getByRole("checkbox", { name: "Arrow field" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Descent path" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Heat map" }));
    expect(container.querySelectorAll(".slopes-arrow-field .slopes-arrow").length).toBeGreaterThan(
      50,
    );
    expect(container.querySelector(".slopes-descent-trail")).not.toBeNull();
    expect(container.querySelectorAll(".slopes-heat").length).toBeGreaterThan(10);
  });
});

describe("GradientExplorer: what it says about the descent path (#12)", () => {
  it("says nothing about a hidden descent path, on screen or to a screen reader", () => {
    vi.useFakeTimers();
    try {
      const { container } = render(
        <GradientExplorer defaultProbe={[1, 1]} defaultLearningRate={0.6} />,
      );
      const stepper = container.querySelector(".slopes-gradient-stepper") as HTMLElement;
      act(() => vi.advanceTimersByTime(1000));
      expect(container.querySelector(".slopes-descent-trail")).toBeNull();
      expect(container.querySelector(".slopes-gradient-status")).toBeNull();
      expect(stepper.textContent).not.toMatch(/path|steps|diverges/);
      for (const region of container.querySelectorAll("[aria-live]"))
        expect(region.textContent).not.toMatch(/path|steps|diverges/);
      fireEvent.click(screen.getByRole("checkbox", { name: "Descent path" }));
      act(() => vi.advanceTimersByTime(1000));
      const status = container.querySelector(".slopes-gradient-status") as HTMLElement;
      expect(status.textContent).toMatch(/diverges\. The path stops after \d+ steps/);
      const live = stepper.querySelector("[aria-live]") as HTMLElement;
      expect(live.textContent).toMatch(/diverges/);
      fireEvent.click(screen.getByRole("checkbox", { name: "Descent path" }));
      act(() => vi.advanceTimersByTime(1000));
      expect(container.querySelector(".slopes-gradient-status")).toBeNull();
      expect(live.textContent).toBe("");
    } finally {
      vi.useRealTimers();
    }
  });

  it("reads naturally when the probe starts at a flat point, with no '0 steps'", () => {
    const { container } = render(<GradientExplorer defaultProbe={[0, 0]} defaultShowTrajectory />);
    const status = container.querySelector(".slopes-gradient-status") as HTMLElement;
    expect(status.dataset.status).toBe("converged");
    expect(status.textContent).toBe("The probe is at a flat point: descent has nowhere to go.");
    expect(status.textContent).not.toMatch(/\b0 steps|after/);
  });
});

describe("GradientExplorer: bad input is a state", () => {
  it("keeps the last good landscape while a typed cost does not parse, and shows where", () => {
    const { container } = render(<GradientExplorer defaultProbe={[1, 1]} />);
    const before = container.querySelector(".slopes-contours")?.innerHTML;
    fireEvent.change(costField(), { target: { value: "w1^2 + * w2" } });
    expect(costField()).toHaveAttribute("aria-invalid", "true");
    expect(container.querySelector(".slopes-field-mark")?.textContent).toContain("*");
    expect(screen.getByText(/The map keeps the last cost that worked/)).toBeTruthy();
    expect(container.querySelector(".slopes-contours")?.innerHTML).toBe(before);
    expect(readout("Gradient ∇L")).toBe("(2, 4)");
  });

  it("says so when a typed cost has a different number of variables", () => {
    const { container } = render(<GradientExplorer defaultProbe={[1, 1]} />);
    fireEvent.change(costField(), { target: { value: "w1^2 + w2^2 + w3^2" } });
    expect(
      screen.getByText(
        /This cost has 3 variables \(w1, w2, w3\); the landscape has two, w1 and w2/,
      ),
    ).toBeTruthy();
    expect(container.querySelector(".slopes-field-mark")?.textContent).toBe("w3");
  });

  it("follows a typed cost that works and reports it", () => {
    const onCostChange = vi.fn();
    render(<GradientExplorer defaultProbe={[1, 1]} onCostChange={onCostChange} />);
    fireEvent.change(costField(), { target: { value: "w1*w2" } });
    expect(onCostChange).toHaveBeenCalledWith("w1*w2");
    expect(readout("Gradient ∇L")).toBe("(1, 1)");
  });

  it("draws undefined regions as gaps and reads 'undefined here' there", () => {
    const { container } = render(<GradientExplorer cost="log(w1) + w2^2" defaultProbe={[-1, 0]} />);
    expect(readout("Cost L")).toBe("undefined here");
    expect(readout("Gradient ∇L")).toBe("(undefined here, undefined here)");
    expect(container.querySelectorAll(".slopes-gap").length).toBeGreaterThan(0);
    expect(screen.getByText("No step: the gradient is undefined here.")).toBeTruthy();
    expect(screen.queryByRole("img", { name: /Gradient ∇L/ })).toBeNull();
  });
});

describe("GradientExplorer: the page's cost", () => {
  it("replaces what the reader typed when the page gives a new cost, not on every render", () => {
    const { rerender } = render(<GradientExplorer cost="w1^2 + 2 w2^2" defaultProbe={[1, 1]} />);
    fireEvent.change(costField(), { target: { value: "w1*w2" } });
    rerender(<GradientExplorer cost="w1^2 + 2 w2^2" defaultProbe={[1, 1]} />);
    expect(costField().value).toBe("w1*w2");
    rerender(<GradientExplorer cost="w1^2 + w2^2" defaultProbe={[1, 1]} />);
    expect(costField().value).toBe("w1^2 + w2^2");
    expect(readout("Gradient ∇L")).toBe("(2, 2)");
  });

  it("accepts a parsed tree rebuilt on every render without looping", async () => {
    const { safeParse } = await import("../../src/math/parse");
    const tree = () => {
      const parsed = safeParse("w1^2 + 2 w2^2");
      if (!parsed.ok) throw new Error("unreachable");
      return parsed.expr;
    };
    const { rerender } = render(<GradientExplorer cost={tree()} defaultProbe={[1, 1]} />);
    rerender(<GradientExplorer cost={tree()} defaultProbe={[1, 1]} />);
    expect(readout("Gradient ∇L")).toBe("(2, 4)");
  });
});

describe("GradientExplorer: names of Object.prototype (#18)", () => {
  it("takes variables named toString and valueOf as plain names", () => {
    const { container } = render(
      <GradientExplorer cost="toString^2 + 2 valueOf^2" variables={["toString", "valueOf"]} />,
    );
    expect(container.innerHTML).not.toMatch(/native code|function \w*\(/);
    expect(readout("∂L/∂toString")).toBe("2");
    expect(readout("∂L/∂valueOf")).toBe("4");
    const annotations = [...container.querySelectorAll(".slopes-formulas annotation")].map(
      (a) => a.textContent,
    );
    expect(annotations.join("\n")).toContain(
      "\\mathit{toString}^{2} + 2 \\cdot \\mathit{valueOf}^{2}",
    );
  });
});

describe("GradientExplorer: windows that cannot be drawn (#18)", () => {
  /** Every attribute value in the widget, to look for NaN. */
  function attributeValues(root: Element): string[] {
    return [root, ...root.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].map((a) => `${el.tagName} ${a.name}="${a.value}"`),
    );
  }

  it.each([
    [
      { x: [-1e308, 1e308], y: [-2, 2] },
      /x range has an end that is not a finite number, or is too wide/,
    ],
    [{ x: [-3, 3], y: [-Number.MAX_VALUE, Number.MAX_VALUE] }, /y range .* too wide to measure/],
    [{ x: [1, 1], y: [-2, 2] }, /the x range from 1 to 1 is empty/],
    [{ x: [-3, 3], y: [2, -2] }, /the y range from 2 to −2 is reversed/],
  ] as const)("%o: no NaN in any attribute, and the reader is told", (domain, message) => {
    const { container } = render(
      <GradientExplorer
        domain={domain as never}
        defaultShowField
        defaultShowTrajectory
        defaultShowHeatmap
      />,
    );
    expect(attributeValues(container).filter((text) => /NaN|Infinity/.test(text))).toEqual([]);
    expect(screen.getByRole("alert")).toHaveTextContent(message);
    // The readouts keep working over the default window.
    expect(readout("Cost L")).toBe("3");
  });

  it("a drawable window draws the map and says nothing", () => {
    const { container } = render(<GradientExplorer domain={{ x: [-1e6, 1e6], y: [-1, 1] }} />);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(container.querySelector("svg")).not.toBeNull();
    expect(attributeValues(container).filter((text) => /NaN/.test(text))).toEqual([]);
  });
});
