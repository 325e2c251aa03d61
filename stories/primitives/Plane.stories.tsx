import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Arrow, Curve, Plane } from "../../src";
import { parabola } from "./fixtures";

const meta = {
  title: "Primitives/Plane",
  component: Plane,
  args: {
    domain: { x: [-3, 3], y: [-1, 9] },
    title: "The parabola y = x squared",
    grid: true,
    axes: true,
    keepAspect: false,
  },
} satisfies Meta<typeof Plane>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A plane filling its container, with a curve drawn in math coordinates. */
export const Default: Story = {
  render: (args) => (
    <div style={{ maxWidth: 560 }}>
      <Plane {...args}>
        <Curve segments={[parabola(-3, 3)]} label="y = x squared" />
      </Plane>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const figure = canvas.getByRole("group", { name: "The parabola y = x squared" });
    await expect(figure.getAttribute("width")).toBe("560");
    await expect(canvas.getByRole("img", { name: "y = x squared" })).toBeInTheDocument();
  },
};

/** `keepAspect` widens the window so one unit has the same length on both axes. */
export const EqualUnits: Story = {
  args: { domain: { x: [-2, 2], y: [-2, 2] }, keepAspect: true, title: "Unit vectors" },
  render: (args) => (
    <div style={{ maxWidth: 560 }}>
      <Plane {...args}>
        <Arrow from={[0, 0]} to={[1, 0]} label="e₁" />
        <Arrow from={[0, 0]} to={[0, 1]} label="e₂" color="var(--slopes-gradient)" />
      </Plane>
    </div>
  ),
};

/** A fixed size instead of the container's width. */
export const FixedSize: Story = {
  args: { width: 320, height: 240, title: "A small plane" },
};

/** An empty or reversed domain shows a readable message, not a broken picture. */
export const BadDomain: Story = {
  args: { domain: { x: [2, -2], y: [0, 0] }, title: "Broken" },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole("alert");
    await expect(alert).toHaveTextContent(/reversed/);
    await expect(canvasElement.querySelector("svg")).toBeNull();
  },
};

/** The dark theme, pinned with `theme="dark"`. */
export const Dark: Story = {
  args: { theme: "dark", title: "The parabola in the dark theme" },
  parameters: { backgrounds: { disable: true } },
  render: (args) => (
    <div style={{ maxWidth: 560 }} data-theme="dark" className="slopes">
      <Plane {...args}>
        <Curve segments={[parabola(-3, 3)]} />
      </Plane>
    </div>
  ),
};
