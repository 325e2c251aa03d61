import { useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import type { HandleProps, Vec2 } from "../../src";
import { Curve, Handle, Plane } from "../../src";
import { parabola } from "./fixtures";

interface DemoProps {
  start: Vec2;
  axes: HandleProps["axes"];
  label: string;
  onChangeEnd?: (final: Vec2) => void;
  theme?: "light" | "dark";
  onCurve?: boolean;
}

/** A handle with its own state, as an app would hold it. */
function HandleDemo({ start, axes, label, onChangeEnd, theme, onCurve }: DemoProps) {
  const [point, setPoint] = useState<Vec2>(start);
  return (
    <div style={{ maxWidth: 560 }}>
      <Plane domain={{ x: [-3, 3], y: [-1, 9] }} title="Handle demo" theme={theme}>
        {onCurve ? <Curve segments={[parabola(-3, 3)]} /> : null}
        <Handle
          value={[point[0], point[1]]}
          axes={axes}
          label={label}
          step={0.1}
          onValueChange={setPoint}
          onChangeEnd={onChangeEnd}
          constrain={onCurve ? ([x]) => [x, x * x] : undefined}
        />
      </Plane>
    </div>
  );
}

// The docs page names its first props tab after the function, which the build minifies.
Object.defineProperty(HandleDemo, "name", { value: "HandleDemo" });

const meta = {
  title: "Primitives/Handle",
  component: HandleDemo,
  // The docs page's props table has a tab for Handle itself (the demo's props are the stories').
  subcomponents: { Handle },
  args: { start: [1, 1], axes: "x", label: "Point on the curve", onCurve: true, onChangeEnd: fn() },
} satisfies Meta<typeof HandleDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A point that slides along a curve: one slider for x; arrows step by 0.1. */
export const OnACurve: Story = {
  play: async ({ canvasElement, args }) => {
    const slider = within(canvasElement).getByRole("slider", { name: "Point on the curve" });
    await expect(slider).toHaveAttribute("aria-valuenow", "1");
    slider.focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(slider).toHaveAttribute("aria-valuenow", "1.1");
    await userEvent.keyboard("{Shift>}{ArrowLeft}{/Shift}");
    await expect(slider).toHaveAttribute("aria-valuenow", "0.1");
    await userEvent.keyboard("{End}");
    await expect(slider).toHaveAttribute("aria-valuenow", "3");
    await expect(slider).toHaveAttribute("aria-valuetext", "x = 3");
    await expect(args.onChangeEnd).toHaveBeenLastCalledWith([3, 9]);
  },
};

/** A free point is two sliders, one per coordinate. */
export const FreePoint: Story = {
  args: { axes: "xy", label: "Probe", onCurve: false, start: [0.5, 4] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const x = canvas.getByRole("slider", { name: "Probe, x" });
    const y = canvas.getByRole("slider", { name: "Probe, y" });
    x.focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    await expect(x).toHaveAttribute("aria-valuenow", "0.7");
    await userEvent.tab();
    await expect(y).toHaveFocus();
    await userEvent.keyboard("{PageDown}");
    await expect(y).toHaveAttribute("aria-valuenow", "3");
    await expect(y).toHaveAttribute("aria-valuetext", "x = 0.7, y = 3");
  },
};

/** The dark theme: focus ring and colours come from the theme's custom properties. */
export const Dark: Story = {
  args: { theme: "dark" },
  render: (args) => (
    <div data-theme="dark" className="slopes" style={{ padding: 8 }}>
      <HandleDemo {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const slider = within(canvasElement).getByRole("slider", { name: "Point on the curve" });
    slider.focus();
    await userEvent.keyboard("{Home}");
    await expect(slider).toHaveAttribute("aria-valuenow", "-3");
    const dot = canvasElement.querySelector(".slopes-handle-dot");
    await expect(dot).not.toBeNull();
    // The dark palette's handle colour (#bc8cff, the accent: not the curve's blue since #12),
    // resolved by the browser.
    await expect(getComputedStyle(dot as Element).fill).toBe("rgb(188, 140, 255)");
  },
};

/** A handle whose coordinates are not finite is still drawn and usable, never with NaN. */
export const UndefinedValue: Story = {
  args: {
    start: [Number.NaN, Number.POSITIVE_INFINITY],
    axes: "xy",
    onCurve: false,
    label: "Lost point",
  },
  play: async ({ canvasElement }) => {
    const handle = canvasElement.querySelector(".slopes-handle");
    await expect(handle).toHaveAttribute("data-state", "undefined");
    await expect(handle?.getAttribute("transform") ?? "").not.toMatch(/NaN|Infinity/);
  },
};
