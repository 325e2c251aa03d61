import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { commands, userEvent } from "vitest/browser";
import { render, screen } from "@testing-library/react";
import type { HandleProps, Vec2 } from "../../src";
import { Handle, Plane } from "../../src";

function Demo(props: {
  start: Vec2;
  axes?: HandleProps["axes"];
  onValueChange?: (p: Vec2) => void;
  onChangeEnd?: (p: Vec2) => void;
  constrain?: (p: Vec2) => Vec2;
}) {
  const [point, setPoint] = useState<Vec2>(props.start);
  return (
    <div style={{ width: 400 }}>
      <Plane
        domain={{ x: [-4, 4], y: [-3, 3] }}
        width={400}
        height={300}
        margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
        title="Test plane"
      >
        <Handle
          value={[point[0], point[1]]}
          axes={props.axes}
          label="Point"
          step={0.5}
          constrain={props.constrain}
          onValueChange={(p) => {
            setPoint(p);
            props.onValueChange?.(p);
          }}
          onChangeEnd={props.onChangeEnd}
        />
      </Plane>
    </div>
  );
}

/** 400 px for 8 units across, 300 px for 6 units up: 50 px per unit both ways. */
const PX_PER_UNIT = 50;

describe("Handle in Chromium", () => {
  it("follows a real mouse drag and reports the end of the gesture once", async () => {
    const onChangeEnd = vi.fn();
    const onValueChange = vi.fn();
    render(<Demo start={[0, 0]} onValueChange={onValueChange} onChangeEnd={onChangeEnd} />);
    await commands.realDrag(".slopes-handle", 2 * PX_PER_UNIT, -1 * PX_PER_UNIT, { steps: 12 });
    const x = screen.getByRole("slider", { name: "Point, x" });
    const y = screen.getByRole("slider", { name: "Point, y" });
    expect(Number(x.getAttribute("aria-valuenow"))).toBeCloseTo(2, 1);
    expect(Number(y.getAttribute("aria-valuenow"))).toBeCloseTo(1, 1);
    expect(onValueChange.mock.calls.length).toBeGreaterThan(3);
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
    const [endX, endY] = onChangeEnd.mock.calls[0]?.[0] as Vec2;
    expect(endX).toBeCloseTo(2, 1);
    expect(endY).toBeCloseTo(1, 1);
  });

  it("keeps the grab offset: pressing off-centre does not make the point jump", async () => {
    const onValueChange = vi.fn();
    render(<Demo start={[0, 0]} onValueChange={onValueChange} />);
    // Press 15 px right of the centre, move 25 px right: the point moves 25 px, not 40.
    await commands.realDrag(".slopes-handle-dot", 25, 0, { grabOffset: [15, 0], steps: 5 });
    const [x, y] = onValueChange.mock.lastCall?.[0] as Vec2;
    expect(x).toBeCloseTo(25 / PX_PER_UNIT, 1);
    expect(y).toBeCloseTo(0, 1);
  });

  it("keeps dragging when the pointer leaves the handle and stops at the plane's edge", async () => {
    render(<Demo start={[0, 0]} />);
    await commands.realDrag(".slopes-handle", 600, 0, { steps: 20 });
    const x = screen.getByRole("slider", { name: "Point, x" });
    expect(x).toHaveAttribute("aria-valuenow", "4");
  });

  it("moves along a constraint: a 1-D handle on y = x²/4", async () => {
    render(<Demo start={[0, 0]} axes="x" constrain={([x]) => [x, (x * x) / 4]} />);
    await commands.realDrag(".slopes-handle", 2 * PX_PER_UNIT, 0);
    const slider = screen.getByRole("slider", { name: "Point" });
    const x = Number(slider.getAttribute("aria-valuenow"));
    expect(x).toBeCloseTo(2, 1);
    const transform = document.querySelector(".slopes-handle")?.getAttribute("transform") ?? "";
    const [, px, py] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(transform) ?? [];
    expect(Number(px)).toBeCloseTo(200 + x * PX_PER_UNIT, 0);
    expect(Number(py)).toBeCloseTo(150 - ((x * x) / 4) * PX_PER_UNIT, 0);
  });

  it("moves with real key presses and reports one change end per key", async () => {
    const onChangeEnd = vi.fn();
    render(<Demo start={[0, 0]} axes="x" onChangeEnd={onChangeEnd} />);
    const slider = screen.getByRole("slider", { name: "Point" });
    await userEvent.click(slider);
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowLeft}");
    expect(slider).toHaveAttribute("aria-valuenow", "0.5");
    await userEvent.keyboard("{Alt>}{ArrowRight}{/Alt}");
    expect(slider).toHaveAttribute("aria-valuenow", "0.55");
    await userEvent.keyboard("{Home}");
    expect(slider).toHaveAttribute("aria-valuenow", "-4");
    expect(onChangeEnd).toHaveBeenCalledTimes(5);
  });

  it("shows a visible focus ring when reached with Tab", async () => {
    render(
      <>
        <button type="button">before</button>
        <Demo start={[0, 0]} axes="x" />
      </>,
    );
    await userEvent.click(screen.getByRole("button", { name: "before" }));
    await userEvent.tab();
    const slider = screen.getByRole("slider", { name: "Point" });
    expect(slider).toHaveFocus();
    const ring = slider.querySelector(".slopes-handle-ring") as Element;
    expect(getComputedStyle(ring).opacity).toBe("1");
  });

  it("follows a real touch drag (pointerType touch)", async () => {
    const onValueChange = vi.fn();
    const pointerTypes: string[] = [];
    const listener = (e: PointerEvent) => pointerTypes.push(`${e.type}:${e.pointerType}`);
    for (const type of ["pointermove", "pointercancel"] as const)
      document.addEventListener(type, listener, { capture: true });
    render(<Demo start={[0, 0]} onValueChange={onValueChange} />);
    await commands.realTouchDrag(".slopes-handle", -1.5 * PX_PER_UNIT, 1 * PX_PER_UNIT, 8);
    for (const type of ["pointermove", "pointercancel"] as const)
      document.removeEventListener(type, listener, { capture: true });
    expect(pointerTypes).toContain("pointermove:touch");
    expect(pointerTypes).not.toContain("pointercancel:touch");
    const [x, y] = onValueChange.mock.lastCall?.[0] as Vec2;
    expect(x).toBeCloseTo(-1.5, 1);
    expect(y).toBeCloseTo(-1, 1);
  });

  it("leaves a touch that starts beside the handle to the browser, which pans the page", async () => {
    const cancelled: string[] = [];
    const listener = (e: PointerEvent) => cancelled.push(e.pointerType);
    document.addEventListener("pointercancel", listener, { capture: true });
    render(
      <div style={{ height: 3000 }}>
        <Demo start={[3.5, 2.5]} />
      </div>,
    );
    // The browser cancels the pointer when it takes a touch over for scrolling.
    await commands.realTouchDrag("svg[role=group]", 0, -200, 10);
    document.removeEventListener("pointercancel", listener, { capture: true });
    expect(cancelled).toContain("touch");
  });

  it("captures touch on the handle only: the page still scrolls elsewhere", () => {
    render(<Demo start={[0, 0]} />);
    const handle = document.querySelector(".slopes-handle") as Element;
    expect(getComputedStyle(handle).touchAction).toBe("none");
    const svg = document.querySelector("svg") as Element;
    expect(getComputedStyle(svg).touchAction).toBe("auto");
    // The hit area is at least 44 px across (WCAG 2.5.5 target size).
    const hit = handle.querySelector(".slopes-handle-hit") as SVGGraphicsElement;
    expect(hit.getBBox().width).toBeGreaterThanOrEqual(44);
  });
});
