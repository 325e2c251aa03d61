import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { Curve, Handle, Plane, Tex, formatSignificant, useSecant } from "../../src";

/**
 * `useSecant` with a drawing of your own: here the secant is drawn as a fan of chords, one per
 * gap h = 1, ½, ¼ …, each in the same `Plane`, and a text line written from the state.
 */
function SecantFan() {
  const secant = useSecant({
    fn: "sin(x)",
    defaultX: 0.8,
    defaultH: 1,
    domain: { x: [-1, 3], y: [-1.3, 1.3] },
  });
  const { state } = secant;
  const chords = [1, 0.5, 0.25, 0.125].map((h) => {
    const left = state.point;
    const right: [number, number] = [state.x + h, secant.fn?.f(state.x + h) ?? Number.NaN];
    return [left, right] as const;
  });
  return (
    <figure style={{ maxWidth: 560, margin: 0 }}>
      <Plane domain={secant.domain} title="Chords of the sine converging on the tangent">
        <Curve segments={secant.curve} />
        {chords.map((chord, i) => (
          <Curve
            key={i}
            segments={[chord]}
            color="var(--slopes-secant)"
            strokeWidth={1 + i * 0.5}
          />
        ))}
        {state.tangentLine ? (
          <Curve segments={[state.tangentLine]} color="var(--slopes-tangent)" />
        ) : null}
        <Handle
          value={[state.x, state.fx]}
          axes="x"
          label="Point on the sine"
          valueText={() => state.valueText}
          constrain={secant.constrain}
          onValueChange={([x]) => secant.setX(x)}
        />
      </Plane>
      <figcaption>
        At <Tex tex={`x = ${formatSignificant(state.x, { digits: 3 })}`} /> the tangent slope is{" "}
        <output>{formatSignificant(state.exactSlope, { digits: 4 })}</output>.
      </figcaption>
    </figure>
  );
}

const meta = {
  title: "Hooks/useSecant",
  component: SecantFan,
} satisfies Meta<typeof SecantFan>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Headless use: the hook computes, your own SVG draws. */
export const CustomDrawing: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const handle = canvas.getByRole("slider", { name: "Point on the sine" });
    handle.focus();
    await userEvent.keyboard("{Home}");
    await expect(canvas.getByText(String(Number(Math.cos(-1).toPrecision(4))))).toBeInTheDocument();
  },
};
