import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Arrow, Plane } from "../../src";

const meta = {
  title: "Primitives/Arrow",
  component: Arrow,
  args: { from: [1, 1], to: [3, 5], label: "gradient", color: "var(--slopes-gradient)" },
  render: (args) => (
    <div style={{ maxWidth: 480 }}>
      <Plane domain={{ x: [-4, 4], y: [-6, 6] }} keepAspect title="Arrows">
        <Arrow {...args} />
        <Arrow
          from={args.from}
          to={[2 * args.from[0] - args.to[0], 2 * args.from[1] - args.to[1]]}
          label="descent"
          color="var(--slopes-descent)"
        />
      </Plane>
    </div>
  ),
} satisfies Meta<typeof Arrow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An uphill and a downhill arrow from the same point. */
export const UphillAndDownhill: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("img", { name: "gradient" })).toBeInTheDocument();
    await expect(canvas.getByRole("img", { name: "descent" })).toBeInTheDocument();
  },
};

/** A zero-length or non-finite arrow draws nothing. */
export const Degenerate: Story = {
  args: { from: [1, 1], to: [1, 1], label: "nothing" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("img", { name: "nothing" })).toBeNull();
  },
};
