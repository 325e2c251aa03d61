import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fireEvent, fn, userEvent, waitFor, within } from "storybook/test";
import { GradientExplorer, LocaleProvider } from "../../src";

const meta = {
  title: "Explorers/GradientExplorer",
  component: GradientExplorer,
  args: { defaultProbe: [1, 1], onChangeEnd: fn(), onProbeChange: fn() },
  parameters: { layout: "padded" },
} satisfies Meta<typeof GradientExplorer>;

export default meta;
type Story = StoryObj<typeof meta>;

function readout(canvas: HTMLElement, term: string): string {
  const dt = within(canvas).getByText(term, { selector: ".slopes-readout dt" });
  return dt.parentElement?.querySelector("dd")?.textContent ?? "";
}

function notice(canvas: HTMLElement): string | null {
  return canvas.querySelector(".slopes-gradient-notice")?.textContent ?? null;
}

/**
 * The chapter's cost L(w₁, w₂) = w₁² + 2w₂² with the probe at (1, 1): the gradient is (2, 4),
 * its length √20, and the descent direction (−2, −4). The gradient leans toward the steeper w₂
 * axis instead of pointing straight away from the centre.
 */
export const ChapterCost: Story = {
  play: async ({ canvasElement, args }) => {
    await expect(readout(canvasElement, "∂L/∂w₁")).toBe("2");
    await expect(readout(canvasElement, "∂L/∂w₂")).toBe("4");
    await expect(readout(canvasElement, "Gradient ∇L")).toBe("(2, 4)");
    await expect(readout(canvasElement, "Steepness |∇L|")).toBe("√20 ≈ 4.472");
    await expect(readout(canvasElement, "Descent direction −∇L")).toBe("(−2, −4)");
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("img", { name: "Gradient ∇L = (2, 4), pointing uphill" }),
    ).toBeInTheDocument();
    // The probe is two sliders; the keyboard moves it along both axes.
    const w1 = canvas.getByRole("slider", { name: "Probe, w1" });
    w1.focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(w1).toHaveAttribute("aria-valuenow", "1.05");
    await userEvent.tab();
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByRole("slider", { name: "Probe, w2" })).toHaveAttribute(
      "aria-valuenow",
      "0.95",
    );
    await expect(readout(canvasElement, "Gradient ∇L")).toBe("(2.1, 3.8)");
    await expect(args.onProbeChange).toHaveBeenLastCalledWith([1.05, 0.95]);
  },
};

/** At the bottom of the bowl both partial slopes vanish: the many-weight horizontal tangent. */
export const AtTheMinimum: Story = {
  args: { defaultProbe: [0, 0] },
  play: async ({ canvasElement }) => {
    await expect(readout(canvasElement, "Gradient ∇L")).toBe("(0, 0)");
    await expect(notice(canvasElement)).toMatch(/^Both partial slopes are zero.*minimum/);
    await expect(
      within(canvasElement).getByRole("button", { name: "Take one step" }),
    ).toHaveAttribute("aria-disabled", "true");
  },
};

/**
 * Near the bottom of the bowl the gradient is tiny, (0.04, 0.04): to scale its arrows would hide
 * under the probe. They start at the edge of the probe's ring and are drawn at a visible length
 * (marked as not to scale); their names and the readouts give the true values.
 */
export const NearTheMinimum: Story = {
  args: { defaultProbe: [0.02, 0.01] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const up = canvas.getByRole("img", {
      name: "Gradient ∇L = (0.04, 0.04), pointing uphill, drawn longer than to scale",
    });
    await expect(up).toHaveAttribute("data-lengthened", "true");
    await expect(readout(canvasElement, "Steepness |∇L|")).toBe("0.05657");
    const line = up.querySelector("line") as SVGLineElement;
    const ring = canvasElement.querySelector(".slopes-handle-ring") as SVGCircleElement;
    const handle = canvasElement.querySelector(".slopes-gradient-map .slopes-handle") as Element;
    const [, cx, cy] =
      /translate\(([^,]+),([^)]+)\)/.exec(handle.getAttribute("transform") ?? "") ?? [];
    const start = Math.hypot(
      line.x1.baseVal.value - Number(cx),
      line.y1.baseVal.value - Number(cy),
    );
    // The shaft starts outside the probe's ring.
    await expect(start).toBeGreaterThan(ring.r.baseVal.value + 1.5);
  },
};

/**
 * A steep, narrow valley: L = w₁² + 10w₂². With η = 0.09 each step overshoots across the valley
 * floor, so descent zig-zags in w₂ while it creeps along w₁.
 */
export const SteepValley: Story = {
  args: {
    cost: "w1^2 + 10 w2^2",
    defaultProbe: [-2.5, 1.2],
    defaultLearningRate: 0.09,
    defaultShowTrajectory: true,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const w2 = canvas.getByRole("slider", { name: "Probe, w2" });
    await expect(w2).toHaveAttribute("aria-valuenow", "1.2");
    await userEvent.click(canvas.getByRole("button", { name: "Take one step" }));
    // w₂ ← 1.2 − 0.09 · 24: across the valley floor to the other side.
    await expect(Number(w2.getAttribute("aria-valuenow"))).toBeCloseTo(-0.96, 9);
    await userEvent.click(canvas.getByRole("button", { name: "Take one step" }));
    await expect(Number(w2.getAttribute("aria-valuenow"))).toBeGreaterThan(0);
  },
};

/** Too large a learning rate: the steps grow, the path is stopped and the divergence said. */
export const DivergingLearningRate: Story = {
  args: { defaultLearningRate: 0.6, defaultShowTrajectory: true },
  play: async ({ canvasElement }) => {
    const status = canvasElement.querySelector(".slopes-gradient-status") as HTMLElement;
    await expect(status.dataset.status).toBe("diverged");
    await expect(status.textContent).toMatch(/η = 0\.6 each step overshoots/);
  },
};

/** Type a cost: a saddle, w₁² − w₂². A mistake is shown in place, the map keeps the last good cost. */
export const TypedCost: Story = {
  args: { defaultShowHeatmap: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = canvas.getByRole("textbox", { name: "L =" });
    await userEvent.clear(field);
    await userEvent.type(field, "w1^2 - w2^2");
    // The map follows the field in a deferred render (a keystroke never waits for the engine);
    // a new landscape can take over a second on a loaded machine.
    await waitFor(() => expect(readout(canvasElement, "Gradient ∇L")).toBe("(2, −2)"), {
      timeout: 5000,
    });
    const w1 = canvas.getByRole("slider", { name: "Probe, w1" });
    fireEvent.keyDown(w1, { key: "Home" });
    // A key press renders in React's next microtask (at once only under Vitest's act).
    await waitFor(() => expect(w1).toHaveAttribute("aria-valuenow", "-3"));
    await userEvent.type(field, " + w3");
    await waitFor(() => expect(field).toHaveAttribute("aria-invalid", "true"));
    await waitFor(() =>
      expect(
        canvas.getByText(/This cost has 3 variables/, { selector: ".slopes-field-message" }),
      ).toBeVisible(),
    );
    await expect(readout(canvasElement, "∂L/∂w₂")).toBe("−2");
  },
};

/** A cost undefined for w₁ ≤ 0: that half of the map is a hatched gap, not a low value. */
export const UndefinedRegion: Story = {
  args: { cost: "log(w1) + w2^2", defaultProbe: [1, 0.5], defaultShowHeatmap: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll(".slopes-gap").length).toBeGreaterThan(0);
    await expect(readout(canvasElement, "∂L/∂w₁")).toBe("1");
  },
};

/** The dark theme with the heat map and the arrow field. */
export const Dark: Story = {
  args: {
    theme: "dark",
    defaultShowHeatmap: true,
    defaultShowField: true,
    defaultShowTrajectory: true,
  },
  parameters: { theme: "dark" },
};

/**
 * The same widget for French readers, inside `<LocaleProvider locale="fr">`: labels, spoken
 * values and messages in French, numbers with a decimal comma (√20 ≈ 4,472, η = 0,1) and
 * coordinates separated by a semicolon, (2 ; 4).
 */
export const French: Story = {
  render: (args) => (
    <LocaleProvider locale="fr">
      <GradientExplorer {...args} />
    </LocaleProvider>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("group", { name: "Dérivées partielles et gradient" }),
    ).toBeInTheDocument();
    await expect(readout(canvasElement, "Vecteur gradient ∇L")).toBe("(2 ; 4)");
    await expect(readout(canvasElement, "Pente maximale |∇L|")).toBe("√20 ≈ 4,472");
    await expect(canvas.getByRole("slider", { name: "Taux d'apprentissage η" })).toHaveAttribute(
      "aria-valuetext",
      "η = 0,1",
    );
    // One step of descent lands on (0,8 ; 0,6), where the gradient is (1,6 ; 2,4).
    await userEvent.click(canvas.getByRole("button", { name: "Faire un pas" }));
    await expect(args.onProbeChange).toHaveBeenLastCalledWith([0.8, 0.6]);
    await expect(readout(canvasElement, "Vecteur gradient ∇L")).toBe("(1,6 ; 2,4)");
    await expect(canvas.getByRole("slider", { name: "Sonde, w1" })).toHaveAttribute(
      "aria-valuetext",
      "w1 = 0,8 ; w2 = 0,6 : L = 1,36, gradient (1,6 ; 2,4), pente maximale 2,884",
    );
  },
};
