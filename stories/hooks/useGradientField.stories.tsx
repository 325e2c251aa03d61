import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { Arrow, Curve, Handle, Plane, formatNumber, useGradientField } from "../../src";

/**
 * `useGradientField` without `GradientFieldView`: the hook computes, this component draws its
 * own map (contour lines and one arrow, for −∇L only) and writes its own sentence and buttons.
 */
function Compass() {
  const field = useGradientField({
    cost: "(w1 - 1)^2 + 3 (w2 + 0.5)^2",
    defaultProbe: [-1.5, 1],
    defaultLearningRate: 0.1,
    levels: 6,
  });
  const { state, landscape } = field;
  const [gx, gy] = state.partials;
  return (
    <figure style={{ maxWidth: 520, margin: 0 }}>
      <Plane
        domain={landscape.domain}
        keepAspect
        title="Which way is down?"
        xLabel="w₁"
        yLabel="w₂"
      >
        {landscape.contours.map((path) => (
          <Curve
            key={path.level}
            segments={path.lines}
            color="var(--slopes-muted)"
            strokeWidth={1}
          />
        ))}
        {state.arrows.descent ? (
          <Arrow
            from={state.arrows.descent[0]}
            to={state.arrows.descent[1]}
            label="downhill"
            color="var(--slopes-descent)"
          />
        ) : null}
        <Handle
          value={[state.probe[0], state.probe[1]]}
          label="Weights"
          names={{ x: "w1", y: "w2" }}
          valueText={() => state.valueText}
          onValueChange={field.setProbe}
        />
      </Plane>
      <figcaption>
        <p>
          Slopes here: <output>{`${formatNumber(gx)}, ${formatNumber(gy)}`}</output>. Step with η ={" "}
          {formatNumber(state.learningRate)}: go against them.
        </p>
        <button type="button" onClick={field.step} disabled={state.nextStep === null}>
          One step downhill
        </button>
      </figcaption>
    </figure>
  );
}

const meta = {
  title: "Hooks/useGradientField",
  component: Compass,
} satisfies Meta<typeof Compass>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Headless use: your own drawing and controls over the hook's data. */
export const Headless: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // ∂L/∂w₁ = 2(w₁ − 1) = −5, ∂L/∂w₂ = 6(w₂ + 0.5) = 9 at (−1.5, 1).
    await expect(canvas.getByText("−5, 9")).toBeInTheDocument();
    await userEvent.click(canvas.getByRole("button", { name: "One step downhill" }));
    // (−1.5, 1) − 0.1 · (−5, 9) = (−1, 0.1): slopes (−4, 3.6).
    await expect(canvas.getByText("−4, 3.6")).toBeInTheDocument();
    await expect(canvas.getByRole("slider", { name: "Weights, w1" })).toHaveAttribute(
      "aria-valuenow",
      "-1",
    );
  },
};
