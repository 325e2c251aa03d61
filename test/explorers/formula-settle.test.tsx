import { describe, expect, it, vi } from "vitest";
import { act, render, screen } from "@testing-library/react";
import { FormulaPanel } from "../../src";

function annotations(): string[] {
  return [...document.querySelectorAll("annotation")].map((a) => a.textContent ?? "");
}

describe("FormulaPanel during a drag", () => {
  it("typesets again only once the formulas stop changing", () => {
    vi.useFakeTimers();
    const panel = (x: number) => (
      <FormulaPanel label="Formulas" formulas={[{ id: "q", label: "Quotient", tex: `x = ${x}` }]} />
    );
    const { rerender } = render(panel(1));
    expect(annotations()).toEqual(["x = 1"]);
    for (const x of [2, 3, 4]) {
      rerender(panel(x));
      act(() => vi.advanceTimersByTime(50));
    }
    expect(annotations()).toEqual(["x = 1"]);
    act(() => vi.advanceTimersByTime(200));
    expect(annotations()).toEqual(["x = 4"]);
    vi.useRealTimers();
  });

  it("shows a new set of formulas at once (another function, another language)", () => {
    const { rerender } = render(
      <FormulaPanel label="Formulas" formulas={[{ id: "a", label: "A", tex: "a" }]} />,
    );
    rerender(<FormulaPanel label="Formulas" formulas={[{ id: "b", label: "B", tex: "b" }]} />);
    expect(screen.getByText("B")).toBeInTheDocument();
    expect(annotations()).toEqual(["b"]);
  });
});

describe("FormulaPanel deferred (a widget still off screen)", () => {
  it("keeps the labels, leaves KaTeX out, and typesets once deferred turns false", () => {
    const formulas = [
      { id: "f", label: "Function", tex: "f(x) = x^2" },
      { id: "d", label: "Derivative", tex: "f'(x) = 2x" },
    ];
    const { rerender } = render(<FormulaPanel label="Formulas" formulas={formulas} deferred />);
    expect(screen.getByText("Function")).toBeTruthy();
    expect(screen.getByText("Derivative")).toBeTruthy();
    expect(document.querySelectorAll(".katex")).toHaveLength(0);
    expect(document.querySelectorAll('[data-deferred="true"]')).toHaveLength(2);
    rerender(<FormulaPanel label="Formulas" formulas={formulas} />);
    expect(annotations()).toEqual(["f(x) = x^2", "f'(x) = 2x"]);
  });
});
