import { useRef, useState } from "react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import type { Vec2 } from "../../src";
import { useMovable } from "../../src";

interface DemoProps {
  onChangeEnd?: (final: Vec2) => void;
}

/**
 * `useMovable` on its own: a plain 300×200 SVG where one unit is one pixel, a square you can
 * drag or move with the keyboard. No `Plane`, no `Handle`: the hook only needs `toMath`.
 */
function DraggableSquare({ onChangeEnd }: DemoProps) {
  const svg = useRef<SVGSVGElement>(null);
  const [point, setPoint] = useState<Vec2>([150, 100]);
  const movable = useMovable({
    value: point,
    onValueChange: setPoint,
    onChangeEnd,
    axes: "x",
    bounds: { x: [20, 280], y: [20, 180] },
    step: 10,
    toMath: (clientX, clientY) => {
      const box = svg.current?.getBoundingClientRect();
      return box ? [clientX - box.left, clientY - box.top] : null;
    },
  });
  return (
    <svg ref={svg} width={300} height={200} role="group" aria-label="A square on a rail">
      <line x1={20} x2={280} y1={100} y2={100} stroke="currentColor" strokeDasharray="4 4" />
      <rect
        {...movable.dragProps}
        {...movable.keyProps("x")}
        role="slider"
        tabIndex={0}
        aria-label="Square"
        aria-valuemin={20}
        aria-valuemax={280}
        aria-valuenow={point[0]}
        x={point[0] - 15}
        y={point[1] - 15}
        width={30}
        height={30}
        rx={4}
        fill={movable.dragging ? "var(--slopes-secant)" : "var(--slopes-curve)"}
        style={{ cursor: "grab", touchAction: "none" }}
      />
    </svg>
  );
}

const meta = {
  title: "Hooks/useMovable",
  component: DraggableSquare,
  args: { onChangeEnd: fn() },
} satisfies Meta<typeof DraggableSquare>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Arrows step by 10, Shift by 100, Home and End reach the rail's ends. */
export const OwnMarkup: Story = {
  play: async ({ canvasElement, args }) => {
    const square = within(canvasElement).getByRole("slider", { name: "Square" });
    square.focus();
    await userEvent.keyboard("{ArrowLeft}{ArrowLeft}");
    await expect(square).toHaveAttribute("aria-valuenow", "130");
    await userEvent.keyboard("{Shift>}{ArrowRight}{/Shift}");
    await expect(square).toHaveAttribute("aria-valuenow", "230");
    await userEvent.keyboard("{End}");
    await expect(square).toHaveAttribute("aria-valuenow", "280");
    await expect(args.onChangeEnd).toHaveBeenCalledTimes(4);
  },
};
