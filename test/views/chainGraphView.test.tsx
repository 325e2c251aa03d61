import { describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { ChainGraphView } from "../../src";
import { chainGraphState } from "../../src/models/chainGraph";
import { chainSpec } from "../../src/models/chainProgram";
import type { ChainGraphState } from "../../src";

function stateOf(
  composition: string | undefined,
  values: Record<string, number>,
  mode: "composition" | "neuron" = "composition",
): ChainGraphState {
  const resolved = chainSpec({ mode, composition });
  if (!resolved.ok) throw new Error(resolved.problem.message);
  return chainGraphState({ spec: resolved.spec, values });
}

describe("ChainGraphView", () => {
  it("draws a box per node and a labelled edge per local derivative, the path highlighted", () => {
    const { container } = render(
      <ChainGraphView graph={{ state: stateOf(undefined, { x: 1 }) }} />,
    );
    expect(container.querySelectorAll(".slopes-chain-node")).toHaveLength(3);
    expect(container.querySelectorAll(".slopes-chain-edge[data-on-path='true']")).toHaveLength(2);
    expect(container.querySelector("[data-node='u'] .slopes-chain-node-value")?.textContent).toBe(
      "= 4",
    );
    expect(
      container.querySelector("[data-edge='u->f'] .slopes-chain-edge-value")?.textContent,
    ).toBe("= 8");
    expect(
      screen.getByRole("img", { name: /df\/dx = df\/du × du\/dx = 8 × 3 = 24/ }),
    ).toBeInTheDocument();
    expect(container.querySelector(".slopes-chain-strip")?.textContent).toContain("24");
  });

  it("steps through the backward pass with a button when motion is reduced (jsdom has no matchMedia)", () => {
    const { container } = render(
      <ChainGraphView graph={{ state: stateOf(undefined, { x: 1 }) }} />,
    );
    const next = screen.getByRole("button", { name: "Next step" });
    expect(container.querySelectorAll(".slopes-chain-adjoint")).toHaveLength(0);
    fireEvent.click(next);
    fireEvent.click(next);
    expect(container.querySelectorAll(".slopes-chain-adjoint")).toHaveLength(2);
    expect(screen.getByRole("status")).toHaveTextContent(
      "Step 2 of 3: df/du = df/df × df/du = 1 × 8 = 8",
    );
    fireEvent.click(next);
    expect(next).toHaveAttribute("aria-disabled", "true");
    fireEvent.click(screen.getByRole("button", { name: "Start over" }));
    expect(container.querySelectorAll(".slopes-chain-adjoint")).toHaveLength(0);
  });

  it("offers the animation when asked to", () => {
    render(<ChainGraphView graph={{ state: stateOf(undefined, { x: 1 }) }} animation="play" />);
    expect(screen.getByRole("button", { name: "Play the backward pass" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Next step" })).toBeNull();
  });

  it("writes 'undefined here' and never NaN where a step or a slope does not exist", () => {
    const { container } = render(<ChainGraphView graph={{ state: stateOf("ln(x)", { x: -1 }) }} />);
    expect(container.querySelector("[data-node='f']")).toHaveAttribute("data-undefined", "true");
    expect(
      container.querySelector("[data-edge='x->f'] .slopes-chain-edge-value")?.textContent,
    ).toBe("= undefined here");
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  it("says a graph is too large to draw instead of overlapping it", () => {
    const state = stateOf("sin(cos(tan(exp(sqrt(x^2 + 1)))))^2", { x: 1 });
    const { container } = render(<ChainGraphView graph={{ state }} />);
    expect(container.querySelector("svg")).toBeNull();
    expect(screen.getByText(/too large to draw readably/)).toBeInTheDocument();
    expect(container.querySelector(".slopes-chain-strip")).not.toBeNull();
  });
});
