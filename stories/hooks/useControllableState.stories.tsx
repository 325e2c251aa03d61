import { useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { useControllableState } from "../../src";

interface StepperProps {
  /** Controlled value. */
  value?: number;
  /** Initial value when uncontrolled. */
  defaultValue?: number;
  /** Called with every new value. */
  onValueChange?: (value: number) => void;
}

/** A minimal component built on `useControllableState`: it works controlled or not. */
function Stepper({ value, defaultValue = 0, onValueChange }: StepperProps) {
  const [current, setCurrent] = useControllableState(value, defaultValue, onValueChange);
  return (
    <div
      role="group"
      aria-label="Stepper"
      style={{ display: "flex", gap: 8, alignItems: "center" }}
    >
      <button type="button" onClick={() => setCurrent((v) => v - 1)}>
        minus one
      </button>
      <output aria-live="polite">{current}</output>
      <button type="button" onClick={() => setCurrent((v) => v + 1)}>
        plus one
      </button>
      <button type="button" onClick={() => setCurrent(current)}>
        same value
      </button>
    </div>
  );
}

const meta = {
  title: "Hooks/useControllableState",
  component: Stepper,
  args: { onValueChange: fn() },
} satisfies Meta<typeof Stepper>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Uncontrolled: the component keeps its own value and reports each change. */
export const Uncontrolled: Story = {
  args: { defaultValue: 3 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "plus one" }));
    await expect(canvas.getByText("4")).toBeInTheDocument();
    await userEvent.click(canvas.getByRole("button", { name: "same value" }));
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
  },
};

/** Controlled: the parent owns the value and may refuse changes (here: nothing below 0). */
export const Controlled: Story = {
  render: (args) => {
    const [value, setValue] = useState(1);
    return (
      <Stepper
        value={value}
        onValueChange={(next) => {
          args.onValueChange?.(next);
          setValue(Math.max(0, next));
        }}
      />
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const minus = canvas.getByRole("button", { name: "minus one" });
    await userEvent.click(minus);
    await userEvent.click(minus);
    await expect(canvas.getByText("0")).toBeInTheDocument();
    await expect(args.onValueChange).toHaveBeenLastCalledWith(-1);
  },
};
