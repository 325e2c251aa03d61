import { describe, expect, it, vi } from "vitest";
import { act, renderHook } from "@testing-library/react";
import type { UseChainGraphOptions } from "../../src/hooks/useChainGraph";
import { useChainGraph } from "../../src/hooks/useChainGraph";
import { useBackwardPass } from "../../src/hooks/useBackwardPass";

describe("useChainGraph", () => {
  it("starts uncontrolled on the chapter's composition at x = 1: 24", () => {
    const { result } = renderHook(() => useChainGraph());
    expect(result.current.mode).toBe("composition");
    expect(result.current.state.product).toBe(24);
    expect(result.current.controls).toEqual([{ name: "x", value: 1, min: -3, max: 3, step: 0.1 }]);
    expect(result.current.problem).toBeNull();
  });

  it("moves an input, keeps it in its range, rounds slider noise and reports the change", () => {
    const onInputsChange = vi.fn();
    const { result } = renderHook(() => useChainGraph({ onInputsChange }));
    act(() => result.current.setInput("x", 1.1000000000000005));
    expect(result.current.state.values.x).toBe(1.1);
    expect(onInputsChange).toHaveBeenLastCalledWith({ x: 1.1 });
    act(() => result.current.setInput("x", 40));
    expect(result.current.state.values.x).toBe(3);
    act(() => result.current.setInput("x", Number.NaN));
    act(() => result.current.setInput("nope", 1));
    expect(result.current.state.values.x).toBe(3);
    expect(onInputsChange).toHaveBeenCalledTimes(2);
  });

  it("switches to the neuron (exercise 3 defaults), resetting the inputs, and reports the mode", () => {
    const onModeChange = vi.fn();
    const onInputsChange = vi.fn();
    const { result } = renderHook(() =>
      useChainGraph({ defaultInputs: { x: 1 }, onModeChange, onInputsChange }),
    );
    act(() => result.current.setMode("neuron"));
    expect(onModeChange).toHaveBeenCalledWith("neuron");
    expect(onInputsChange).toHaveBeenCalledWith({});
    expect(result.current.state.values).toEqual({ w: 0.5, x: 2, b: -1, y: 1 });
    expect(result.current.state.target).toBe("w");
    expect(result.current.state.product).toBe(-0.5);
    act(() => result.current.setTarget("b"));
    expect(result.current.state.product).toBe(-0.25);
  });

  it("follows controlled mode, inputs and target, and only asks for changes", () => {
    const onTargetChange = vi.fn();
    const onInputsChange = vi.fn();
    const { result, rerender } = renderHook((props: UseChainGraphOptions) => useChainGraph(props), {
      initialProps: {
        mode: "neuron",
        inputs: { w: 4, b: 3 },
        target: "w",
        onTargetChange,
        onInputsChange,
      },
    });
    expect(result.current.state.saturation).not.toBeNull();
    act(() => result.current.setTarget("b"));
    act(() => result.current.setInput("w", 0.5));
    expect(onTargetChange).toHaveBeenCalledWith("b");
    expect(onInputsChange).toHaveBeenCalledWith({ w: 0.5, b: 3 });
    expect(result.current.state.target).toBe("w");
    rerender({
      mode: "neuron",
      inputs: { w: 0.5, b: -1 },
      target: "b",
      onTargetChange,
      onInputsChange,
    });
    expect(result.current.state.product).toBe(-0.25);
    expect(result.current.state.saturation).toBeNull();
  });

  it("keeps the last good graph while a typed formula is broken, and reports where", () => {
    const { result, rerender } = renderHook((props: UseChainGraphOptions) => useChainGraph(props), {
      initialProps: { composition: "sin(x^2)" },
    });
    expect(result.current.state.nodes.map((n) => n.tex)).toEqual([
      "x",
      "u = x^{2}",
      "f = \\sin(u)",
    ]);
    rerender({ composition: "sin(x^2" });
    expect(result.current.problem).toMatchObject({ field: "formula", start: 3 });
    expect(result.current.kept).toBe(true);
    expect(result.current.state.nodes.map((n) => n.tex)).toEqual([
      "x",
      "u = x^{2}",
      "f = \\sin(u)",
    ]);
    rerender({ composition: "sigmoid(3x - 1)" });
    expect(result.current.problem).toBeNull();
    expect(result.current.state.nodes.map((n) => n.tex)).toEqual([
      "x",
      "u = 3 x - 1",
      "f = \\sigma(u)",
    ]);
  });

  it("accepts the composition as outer and inner functions, and a custom program", () => {
    const { result, rerender } = renderHook((props: UseChainGraphOptions) => useChainGraph(props), {
      initialProps: { composition: { outer: "sin(u)", inner: "2x" } } as UseChainGraphOptions,
    });
    expect(result.current.state.check.tex).toBe("2 \\cos(2 x)");
    rerender({ program: { h: "w*x", o: "tanh(h)" }, defaultInputs: { w: 1, x: 0 } });
    expect(result.current.state.kind).toBe("custom");
    expect(result.current.state.targets).toEqual(["w", "x"]);
  });

  it("reports a toggle's end with the new state (mode, then target, each in one handler)", () => {
    const onChangeEnd = vi.fn();
    const { result } = renderHook(() => useChainGraph({ onChangeEnd }));
    act(() => {
      result.current.setMode("neuron");
      result.current.endChange();
    });
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
    expect(onChangeEnd.mock.calls[0]?.[0].kind).toBe("neuron");
    act(() => {
      result.current.setTarget("b");
      result.current.endChange();
    });
    expect(onChangeEnd).toHaveBeenCalledTimes(2);
    expect(onChangeEnd.mock.calls[1]?.[0].target).toBe("b");
    expect(onChangeEnd.mock.calls[1]?.[0].product).toBeCloseTo(-0.25, 12);
  });

  it("calls onChangeEnd with the latest state", () => {
    const onChangeEnd = vi.fn();
    const { result } = renderHook(() => useChainGraph({ onChangeEnd }));
    act(() => result.current.setInput("x", 2));
    act(() => result.current.endChange());
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
    expect(onChangeEnd.mock.calls[0]?.[0].product).toBe(42);
  });
});

describe("useBackwardPass", () => {
  it("steps through by hand and starts over", () => {
    const { result } = renderHook(() => useBackwardPass({ steps: 3 }));
    expect(result.current.revealed).toBe(0);
    act(() => result.current.next());
    act(() => result.current.next());
    expect(result.current.revealed).toBe(2);
    act(() => result.current.next());
    act(() => result.current.next());
    expect(result.current).toMatchObject({ revealed: 3, done: true });
    act(() => result.current.reset());
    expect(result.current.revealed).toBe(0);
  });

  it("plays one step per interval and stops at the end", () => {
    vi.useFakeTimers();
    try {
      const { result } = renderHook(() => useBackwardPass({ steps: 3, interval: 100 }));
      act(() => result.current.play());
      expect(result.current).toMatchObject({ revealed: 1, playing: true });
      act(() => vi.advanceTimersByTime(100));
      expect(result.current.revealed).toBe(2);
      act(() => vi.advanceTimersByTime(100));
      expect(result.current).toMatchObject({ revealed: 3, playing: false, done: true });
    } finally {
      vi.useRealTimers();
    }
  });
});
