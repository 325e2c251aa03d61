import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fireEvent, fn, userEvent, waitFor, within } from "storybook/test";
import { ChainRuleExplorer, LocaleProvider } from "../../src";

const meta = {
  title: "Explorers/ChainRuleExplorer",
  component: ChainRuleExplorer,
  args: {
    defaultMode: "composition",
    onChangeEnd: fn(),
    onModeChange: fn(),
    onTargetChange: fn(),
  },
  parameters: { layout: "padded" },
} satisfies Meta<typeof ChainRuleExplorer>;

export default meta;
type Story = StoryObj<typeof meta>;

function readout(canvas: HTMLElement, term: string | RegExp, panelName = "Readouts"): string {
  const panel = within(canvas).getByRole("group", { name: panelName });
  return within(panel).getByText(term).parentElement?.querySelector("dd")?.textContent ?? "";
}

/**
 * The chapter's worked example: g(x) = 3x + 1, f(u) = u² at x = 1. The edges carry 3 and
 * 2u = 8; their product, 24, is the derivative of (3x + 1)², checked by the engine.
 */
export const ChapterComposition: Story = {
  args: { defaultInputs: { x: 1 } },
  play: async ({ canvasElement, args }) => {
    await expect(readout(canvasElement, "u = 3x + 1")).toBe("4");
    await expect(readout(canvasElement, /df\/dx: product/)).toBe("24");
    await expect(readout(canvasElement, "Engine's derivative (check)")).toBe("24 (agrees)");
    const x = within(canvasElement).getByRole("slider", { name: "x" });
    fireEvent.change(x, { target: { value: "2" } });
    await expect(readout(canvasElement, /df\/dx: product/)).toBe("42");
    fireEvent.keyUp(x);
    // onChangeEnd is reported once the update that ended the gesture has rendered: at once
    // under Vitest (act), a moment later in the docs site.
    await waitFor(() => expect(args.onChangeEnd).toHaveBeenCalledTimes(1));
  },
};

/** Exercise 3: x = 2, w = 0.5, b = −1, y = 1 gives dL/dw = −0.5 and dL/db = −0.25. */
export const NeuronExercise3: Story = {
  args: { defaultMode: "neuron", defaultInputs: { x: 2, w: 0.5, b: -1, y: 1 } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(readout(canvasElement, "z = w×x + b")).toBe("0");
    await expect(readout(canvasElement, "a = sigmoid(z)")).toBe("0.5");
    await expect(readout(canvasElement, "Output L")).toBe("0.25");
    await expect(readout(canvasElement, /∂L\/∂w: product/)).toBe("−0.5");
    await userEvent.click(canvas.getByRole("radio", { name: "∂L/∂b" }));
    await expect(args.onTargetChange).toHaveBeenCalledWith("b");
    await expect(readout(canvasElement, /∂L\/∂b: product/)).toBe("−0.25");
  },
};

/** From the composition to the neuron with the toggle: the same mechanism, more inputs. */
export const TogglingToTheNeuron: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("radio", { name: "Neuron" }));
    await expect(args.onModeChange).toHaveBeenCalledWith("neuron");
    await expect(canvas.getAllByRole("slider")).toHaveLength(4);
    await expect(readout(canvasElement, /∂L\/∂w: product/)).toBe("−0.5");
  },
};

/**
 * A saturated neuron: z = 11, so a(1 − a) ≈ 0.0000167 and the whole product collapses, the
 * vanishing gradient. The notice is shown and spoken.
 */
export const SaturatedNeuron: Story = {
  args: { defaultMode: "neuron", defaultInputs: { x: 2, w: 4, b: 3, y: 1 } },
  play: async ({ canvasElement }) => {
    const notice = within(canvasElement).getByTestId("saturation-notice");
    await expect(notice).toHaveTextContent("Saturated neuron: the gradient vanishes");
    await expect(notice).toHaveTextContent("z = 11");
    await waitFor(() =>
      expect(
        within(canvasElement)
          .getAllByRole("status")
          .some((s) => s.textContent?.includes("vanishing gradient")),
      ).toBe(true),
    );
  },
};

/** Type any composition in x: it is cut into one step per operation. */
export const TypedComposition: Story = {
  args: { composition: "sigmoid(3x - 1)" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(readout(canvasElement, "u = 3x − 1")).toBe("2");
    const field = canvas.getByRole("textbox", { name: "f(x) =" });
    await userEvent.clear(field);
    await userEvent.type(field, "sin(x^2)");
    // The graph follows the field in a deferred render (a keystroke never waits for the engine).
    await waitFor(() => expect(readout(canvasElement, "u = x^2")).toBe("1"));
    await expect(readout(canvasElement, "Engine's derivative (check)")).toBe("1.081 (agrees)");
  },
};

/** A mistake keeps the last good graph and marks the spot. */
export const TypingAMistake: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = canvas.getByRole("textbox", { name: "f(x) =" });
    await userEvent.clear(field);
    await userEvent.type(field, "sin(x^2");
    await waitFor(() => expect(field).toHaveAttribute("aria-invalid", "true"));
    await expect(canvas.getByText(/Missing '\)'/)).toBeInTheDocument();
    await expect(readout(canvasElement, "u = 3x + 1")).toBe("4");
  },
};

/** Where a step is undefined (ln x at x = −1) the graph says "undefined here". */
export const UndefinedHere: Story = {
  args: { composition: "ln(x)", defaultInputs: { x: -1 } },
  play: async ({ canvasElement }) => {
    await expect(readout(canvasElement, /df\/dx: product/)).toBe("undefined here");
  },
};

/** A long formula is too deep to draw readably: the widget says so; the numbers still hold. */
export const TooLargeToDraw: Story = {
  args: { composition: "sin(cos(tan(exp(sqrt(x^2 + 1)))))^2" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/too large to draw readably/)).toBeInTheDocument();
    await expect(readout(canvasElement, "Engine's derivative (check)")).toMatch(/agrees\)$/);
  },
};

/** The backward pass, one step at a time (what readers who prefer reduced motion get). */
export const BackwardPassStepByStep: Story = {
  args: { defaultMode: "neuron", animation: "step" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const next = canvas.getByRole("button", { name: "Next step" });
    for (let i = 0; i < 4; i++) await userEvent.click(next);
    await expect(canvasElement.querySelectorAll(".slopes-chain-adjoint")).toHaveLength(4);
    await expect(canvasElement.querySelector(".slopes-chain-backward-step")?.textContent).toContain(
      "−0.25",
    );
  },
};

/** The backward pass as an animation: the adjoints flow back from L to the inputs. */
export const BackwardPassAnimated: Story = {
  args: { defaultMode: "neuron", animation: "play" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Play the backward pass" }));
    await waitFor(
      () =>
        expect(canvasElement.querySelectorAll(".slopes-chain-adjoint").length).toBeGreaterThan(1),
      {
        timeout: 3000,
      },
    );
  },
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: "dark", defaultMode: "neuron", animation: "step" },
  render: (args) => (
    <div
      data-theme="dark"
      className="slopes"
      style={{ background: "var(--slopes-bg)", padding: 8 }}
    >
      <ChainRuleExplorer {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Next step" }));
    await expect(readout(canvasElement, /∂L\/∂w: product/)).toBe("−0.5");
  },
};

/**
 * The neuron of exercise 3 for French readers, inside `<LocaleProvider locale="fr">`: labels,
 * spoken values and the backward pass in French, numbers with a decimal comma (∂L/∂w = −0,5)
 * in the text and in the formulas.
 */
export const French: Story = {
  args: { defaultMode: "neuron", animation: "step" },
  render: (args) => (
    <LocaleProvider locale="fr">
      <ChainRuleExplorer {...args} />
    </LocaleProvider>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("group", {
        name: "La dérivation en chaîne : on multiplie les pentes le long du chemin",
      }),
    ).toBeInTheDocument();
    await expect(canvas.getByRole("radio", { name: "Neurone" })).toBeChecked();
    await expect(readout(canvasElement, "Sortie L", "Valeurs")).toBe("0,25");
    await expect(readout(canvasElement, /∂L\/∂w : produit/, "Valeurs")).toBe("−0,5");
    await expect(canvas.getByRole("slider", { name: "w" })).toHaveAttribute(
      "aria-valuetext",
      "w = 0,5",
    );
    await userEvent.click(canvas.getByRole("button", { name: "Étape suivante" }));
    await expect(canvasElement.querySelectorAll(".slopes-chain-adjoint")).toHaveLength(1);
    await userEvent.click(canvas.getByRole("radio", { name: "∂L/∂b" }));
    await expect(args.onTargetChange).toHaveBeenCalledWith("b");
    await expect(readout(canvasElement, /∂L\/∂b : produit/, "Valeurs")).toBe("−0,25");
  },
};

/**
 * On a phone (390 px less the page margins: a 374 px column): the neuron laid out top to bottom, text at 14 px or more, the
 * two factors of each backward step framed. Nothing scrolls sideways.
 */
export const OnAPhone: Story = {
  args: { defaultMode: "neuron", animation: "step" },
  render: (args) => (
    <div style={{ width: 374 }}>
      <ChainRuleExplorer {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector(".slopes-chain-svg") as SVGSVGElement;
    await waitFor(() => expect(svg).toHaveAttribute("data-orientation", "vertical"));
    const scroller = canvasElement.querySelector(".slopes-chain-scroll") as HTMLElement;
    await expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
    const next = within(canvasElement).getByRole("button", { name: "Next step" });
    await userEvent.click(next);
    await userEvent.click(next);
    // The second step (y or a, behind L): ∂L/∂L times the local derivative of its edge to L.
    await expect(
      canvasElement.querySelector("[data-node='L'] [data-factor='upstream']"),
    ).not.toBeNull();
    const local = canvasElement.querySelector("[data-factor='local']");
    await expect(local?.closest("[data-edge]")?.getAttribute("data-edge")).toMatch(/->L$/);
  },
};
