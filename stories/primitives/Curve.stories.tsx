import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { Curve, Plane } from "../../src";
import { parabola } from "./fixtures";

const meta = {
  title: "Primitives/Curve",
  component: Curve,
  args: { segments: [parabola(-3, 3)], label: "y = x squared" },
  render: (args) => (
    <div style={{ maxWidth: 560 }}>
      <Plane domain={{ x: [-3, 3], y: [-1, 9] }} title="Curves">
        <Curve {...args} />
      </Plane>
    </div>
  ),
} satisfies Meta<typeof Curve>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A polyline in math coordinates, clipped to the plane. */
export const Default: Story = {};

/** Colour, width and dash come from props (or the theme's custom properties). */
export const Styled: Story = {
  args: { color: "var(--slopes-secant)", strokeWidth: 3, dash: "6 4", label: "dashed" },
};

/** A non-finite point breaks the line: no stroke is drawn across the gap. */
export const WithAGap: Story = {
  args: {
    segments: [[...parabola(-3, -0.5), [0, Number.NaN], ...parabola(0.5, 3)]],
    label: "parabola with a hole",
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("path.slopes-curve")).toHaveLength(2);
  },
};
