import { useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fireEvent, fn, userEvent, waitFor, within } from "storybook/test";
import { SecantExplorer } from "../../src";

const meta = {
  title: "Explorers/SecantExplorer",
  component: SecantExplorer,
  args: { fn: "x^2", defaultX: 1, defaultH: 0.5, onChangeEnd: fn(), onXChange: fn() },
  parameters: { layout: "padded" },
} satisfies Meta<typeof SecantExplorer>;

export default meta;
type Story = StoryObj<typeof meta>;

function readout(canvas: HTMLElement, term: string): string {
  const panel = within(canvas).getByRole("group", { name: "Readouts" });
  return within(panel).getByText(term).parentElement?.querySelector("dd")?.textContent ?? "";
}

/** The chapter's parabola at x = 1: the tangent has slope 2. */
export const ParabolaAtOne: Story = {
  play: async ({ canvasElement }) => {
    await expect(readout(canvasElement, "Exact slope f′(x)")).toBe("2");
    await expect(readout(canvasElement, "The curve is")).toBe("ascending");
  },
};

/** At the bottom of the bowl the tangent is flat: slope 0, the signature of a minimum. */
export const ParabolaAtTheBottom: Story = {
  args: { defaultX: 0 },
  play: async ({ canvasElement }) => {
    await expect(readout(canvasElement, "Exact slope f′(x)")).toBe("0");
    await expect(readout(canvasElement, "The curve is")).toBe("flat");
  },
};

/** Left of the bottom the slope is negative: the curve descends. */
export const ParabolaAtMinusOne: Story = {
  args: { defaultX: -1 },
  play: async ({ canvasElement }) => {
    await expect(readout(canvasElement, "Exact slope f′(x)")).toBe("−2");
    await expect(readout(canvasElement, "The curve is")).toBe("descending");
  },
};

/** Narrow the gap: the secant slope closes in on 2 (the real-keyboard test is in test/browser). */
export const ShrinkingTheGap: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const h = canvas.getByRole("slider", { name: "Gap h" });
    fireEvent.change(h, { target: { value: "-2" } });
    await expect(h).toHaveAttribute("aria-valuetext", "h = 0.01");
    await expect(readout(canvasElement, "Secant slope")).toBe("2.01");
    fireEvent.change(h, { target: { value: "-6" } });
    await expect(readout(canvasElement, "Secant slope")).toBe("2.000001");
  },
};

/** Move the point with the keyboard along the curve. */
export const MovingThePoint: Story = {
  play: async ({ canvasElement, args }) => {
    const point = within(canvasElement).getByRole("slider", { name: "Point on the curve" });
    point.focus();
    await userEvent.keyboard("{Home}");
    await expect(point).toHaveAttribute("aria-valuenow", "-3");
    await expect(readout(canvasElement, "Exact slope f′(x)")).toBe("−6");
    await expect(args.onXChange).toHaveBeenLastCalledWith(-3);
  },
};

/**
 * h = 10⁻⁶: in the picture the secant lies on the tangent; the zoom, whose window narrows with
 * h, still shows its second point apart and says how much it magnifies.
 */
export const TinyGap: Story = {
  args: { fn: "x^2", defaultX: 1, defaultH: 1e-6 },
  play: async ({ canvasElement }) => {
    const zoom = canvasElement.querySelector(".slopes-zoom") as HTMLElement;
    await expect(zoom).toHaveTextContent(/a window [\d.]+ × 10[⁰¹²³⁴⁵⁶⁷⁸⁹]+ times narrower/);
    const gap = within(canvasElement).getByRole("slider", { name: "Gap h" });
    await expect(gap).toHaveAttribute("aria-valuetext", "h = 10⁻⁶");
  },
};

/** Drag the secant's second point along the curve, or move it with the keys: it sets h. */
export const SecondPoint: Story = {
  args: { fn: "x^2", defaultX: 0, defaultH: 1 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const second = canvas.getByRole("slider", { name: "Second point of the secant" });
    second.focus();
    await userEvent.keyboard("{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}");
    await waitFor(() =>
      expect(canvas.getByRole("slider", { name: "Gap h" }).getAttribute("aria-valuetext")).not.toBe(
        "h = 1",
      ),
    );
  },
};

/** A cubic: flat twice, at x = ±1. */
export const Cubic: Story = { args: { fn: "x^3 - 3x", defaultX: 1.5 } };

/** The sine: its slope is the cosine. */
export const Sine: Story = { args: { fn: "sin(x)", defaultX: 0.5, domain: { x: [-6.5, 6.5] } } };

/** eˣ is its own slope. */
export const Exponential: Story = { args: { fn: "e^x", defaultX: 0, domain: { x: [-3, 2] } } };

/** The sigmoid, whose slope σ(x)(1 − σ(x)) is written with its own value. */
export const Sigmoid: Story = { args: { fn: "sigmoid(x)", defaultX: 0, domain: { x: [-6, 6] } } };

/** |x| has a kink at 0: no tangent there, "undefined here". */
export const AbsoluteValueKink: Story = {
  args: { fn: "abs(x)", defaultX: 0 },
  play: async ({ canvasElement }) => {
    await expect(readout(canvasElement, "Exact slope f′(x)")).toBe("undefined here");
    await expect(canvasElement.querySelector(".slopes-tangent")).toBeNull();
  },
};

/** 1/x has a pole at 0: the curve is drawn in two pieces, and the point reads "undefined here". */
export const PoleOfOneOverX: Story = {
  args: { fn: "1/x", defaultX: 0, domain: { x: [-3, 3], y: [-6, 6] } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll(".slopes-secant-curve path")).toHaveLength(2);
    const handle = canvasElement.querySelector(".slopes-handle");
    await expect(handle).toHaveAttribute("data-state", "undefined");
  },
};

/** A plain JavaScript function with its derivative. */
export const JavaScriptFunction: Story = {
  args: {
    fn: (x: number) => Math.cos(x) * x,
    derivative: (x: number) => Math.cos(x) - x * Math.sin(x),
    defaultX: 1,
  },
};

/** A JavaScript function without a derivative: the slope is estimated (Richardson) and says so. */
export const EstimatedSlope: Story = {
  args: { fn: (x: number) => Math.atan(3 * x), defaultX: 0.3 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Estimated slope f′(x)")).toBeInTheDocument();
  },
};

/**
 * A formula over the engine's budgets: the exact derivative of a product of 40 sums would take
 * too much work, so the curve and the secant are drawn, the slope is estimated numerically, and
 * one line says what was left out.
 */
export const TooLargeToDifferentiate: Story = {
  args: {
    fn: Array.from({ length: 40 }, (_, k) => `(1 + x/${k + 1})`).join(""),
    defaultX: -0.5,
    domain: { x: [-1, 0.5] },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvasElement.querySelector(".slopes-budget-note")).toHaveTextContent(
        /too large to differentiate here.*the slope is estimated numerically/,
      ),
    );
    await expect(canvas.getByText("Estimated slope f′(x)")).toBeInTheDocument();
    await expect(
      canvasElement.querySelectorAll(".slopes-secant-curve path").length,
    ).toBeGreaterThan(0);
  },
};

/** The reader types a new function; a mistake is shown at its place and the last curve stays. */
export const TypingAFunction: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole("textbox", { name: "f(x) =" });
    await userEvent.clear(input);
    await userEvent.type(input, "sinn(x)");
    // The picture and the check follow the field in a deferred render.
    await waitFor(() => expect(input).toHaveAttribute("aria-invalid", "true"));
    await expect(canvasElement.querySelector("mark")).toHaveTextContent("sinn");
    await userEvent.clear(input);
    await userEvent.type(input, "x^3");
    await waitFor(() => expect(input).not.toHaveAttribute("aria-invalid"));
    await expect(readout(canvasElement, "Exact slope f′(x)")).toBe("3");
  },
};

/** Two explorers share one controlled x: f and its shifted copy move together. */
export const LinkedThroughX: Story = {
  render: () => {
    const [x, setX] = useState(1);
    return (
      <div style={{ display: "grid", gap: 16 }}>
        <SecantExplorer fn="x^2" x={x} onXChange={setX} title="f(x) = x²" showErrorInset={false} />
        <SecantExplorer
          fn="x^2 - 2x"
          x={x}
          onXChange={setX}
          title="g(x) = x² − 2x"
          showErrorInset={false}
        />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    // The second explorer may sit below the fold: it mounts once scrolled near.
    canvasElement.querySelector(".slopes-placeholder")?.scrollIntoView();
    const sliders = () =>
      within(canvasElement).getAllByRole("slider", { name: "Point on the curve" });
    await waitFor(() => expect(sliders()).toHaveLength(2), { timeout: 5000 });
    const [first, second] = sliders();
    first?.focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(second).toHaveAttribute(
      "aria-valuenow",
      first?.getAttribute("aria-valuenow") ?? "",
    );
  },
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: "dark" },
  render: (args) => (
    <div
      data-theme="dark"
      className="slopes"
      style={{ background: "var(--slopes-bg)", padding: 8 }}
    >
      <SecantExplorer {...args} />
    </div>
  ),
};
