import { describe, expect, it, vi } from "vitest";
import { act, renderHook } from "@testing-library/react";
import type { KeyboardEvent, PointerEvent } from "react";
import type { UseMovableOptions } from "../../src/hooks/useMovable";
import { useMovable } from "../../src/hooks/useMovable";
import type { Vec2 } from "../../src/math/vec";

const bounds = { x: [-4, 4], y: [-3, 3] } as const;
/** 1 math unit = 10 client pixels, origin at client (100, 100), y up. */
const toMath = (cx: number, cy: number): Vec2 => [(cx - 100) / 10, -(cy - 100) / 10];

function key(key: string, extra: Partial<KeyboardEvent> = {}) {
  return {
    key,
    shiftKey: false,
    altKey: false,
    preventDefault: vi.fn(),
    ...extra,
  } as unknown as KeyboardEvent<Element>;
}
function pointer(clientX: number, clientY: number, pointerId = 1) {
  return {
    clientX,
    clientY,
    pointerId,
    pointerType: "mouse",
    button: 0,
    currentTarget: { setPointerCapture: vi.fn() },
  } as unknown as PointerEvent<Element>;
}

function setup(overrides: Partial<UseMovableOptions> = {}) {
  const onValueChange = vi.fn();
  const onChangeEnd = vi.fn();
  const hook = renderHook((props: Partial<UseMovableOptions>) =>
    useMovable({
      value: [0, 0],
      onValueChange,
      onChangeEnd,
      bounds,
      toMath,
      ...overrides,
      ...props,
    }),
  );
  return { ...hook, onValueChange, onChangeEnd };
}

describe("useMovable: keyboard", () => {
  it("steps each axis by a round default step of about 1/100 of the range", () => {
    const { result, onValueChange } = setup();
    expect(result.current.step).toEqual({ x: 0.1, y: 0.05 });
    act(() => result.current.keyProps("x").onKeyDown(key("ArrowRight")));
    expect(onValueChange).toHaveBeenLastCalledWith([0.1, 0]);
    act(() => result.current.keyProps("y").onKeyDown(key("ArrowDown", { shiftKey: true })));
    expect(onValueChange).toHaveBeenLastCalledWith([0, -0.5]);
  });

  it("takes a given step and jumps to the ends", () => {
    const { result, onValueChange } = setup({ step: { x: 0.25 } });
    act(() => result.current.keyProps("x").onKeyDown(key("End")));
    expect(onValueChange).toHaveBeenLastCalledWith([4, 0]);
    act(() => result.current.keyProps("x").onKeyDown(key("PageDown")));
    expect(onValueChange).toHaveBeenLastCalledWith([-2.5, 0]);
  });

  it("reports the end of a key gesture once, on key up", () => {
    const { result, onChangeEnd, rerender } = setup();
    act(() => result.current.keyProps("x").onKeyDown(key("ArrowRight")));
    rerender({ value: [0.1, 0] });
    act(() => result.current.keyProps("x").onKeyDown(key("ArrowRight")));
    expect(onChangeEnd).not.toHaveBeenCalled();
    act(() => result.current.keyProps("x").onKeyUp(key("ArrowRight")));
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
    expect(onChangeEnd).toHaveBeenCalledWith([0.2, 0]);
    act(() => result.current.keyProps("x").onKeyUp(key("ArrowRight")));
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
  });

  it("leaves other keys to the page and does nothing when disabled", () => {
    const { result, onValueChange } = setup();
    const tab = key("Tab");
    act(() => result.current.keyProps("x").onKeyDown(tab));
    expect(tab.preventDefault).not.toHaveBeenCalled();
    const disabled = setup({ disabled: true });
    act(() => disabled.result.current.keyProps("x").onKeyDown(key("ArrowRight")));
    expect(onValueChange).not.toHaveBeenCalled();
    expect(disabled.onValueChange).not.toHaveBeenCalled();
  });

  it("applies the constraint after a key press", () => {
    const { result, onValueChange } = setup({ axes: "x", constrain: ([x]) => [x, x * x] });
    act(() => result.current.keyProps("x").onKeyDown(key("End")));
    expect(onValueChange).toHaveBeenLastCalledWith([4, 16]);
  });
});

describe("useMovable: pointer", () => {
  it("drags with the grab offset kept, captures the pointer, ends once", () => {
    const { result, onValueChange, onChangeEnd } = setup({ value: [1, 1] });
    // Press 0.5 units right of the point (client 115, 90 is math (1.5, 1)).
    const down = pointer(115, 90);
    act(() => result.current.dragProps.onPointerDown(down));
    expect(down.currentTarget.setPointerCapture).toHaveBeenCalledWith(1);
    expect(result.current.dragging).toBe(true);
    act(() => result.current.dragProps.onPointerMove(pointer(135, 70)));
    expect(onValueChange).toHaveBeenLastCalledWith([3, 3]);
    act(() => result.current.dragProps.onPointerMove(pointer(135, 70, 2)));
    expect(onValueChange).toHaveBeenCalledTimes(1);
    act(() => result.current.dragProps.onPointerUp(pointer(135, 70)));
    expect(result.current.dragging).toBe(false);
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
    expect(onChangeEnd).toHaveBeenCalledWith([3, 3]);
    act(() => result.current.dragProps.onLostPointerCapture(pointer(135, 70)));
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
  });

  it("clamps to the bounds and moves only the allowed axis", () => {
    const { result, onValueChange } = setup({ axes: "x" });
    act(() => result.current.dragProps.onPointerDown(pointer(100, 100)));
    act(() => result.current.dragProps.onPointerMove(pointer(900, 0)));
    expect(onValueChange).toHaveBeenLastCalledWith([4, 0]);
  });

  it("a click without movement is not a change", () => {
    const { result, onValueChange, onChangeEnd } = setup();
    act(() => result.current.dragProps.onPointerDown(pointer(100, 100)));
    act(() => result.current.dragProps.onPointerUp(pointer(100, 100)));
    expect(onValueChange).not.toHaveBeenCalled();
    expect(onChangeEnd).not.toHaveBeenCalled();
  });

  it("ignores the right mouse button", () => {
    const { result } = setup();
    const right = { ...pointer(100, 100), button: 2 } as PointerEvent<Element>;
    act(() => result.current.dragProps.onPointerDown(right));
    expect(result.current.dragging).toBe(false);
  });
});
