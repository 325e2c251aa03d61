import { describe, expect, it, vi } from "vitest";
import { act, renderHook } from "@testing-library/react";
import { contourLines } from "../../src/math/contour";
import type { Vec2 } from "../../src/math/vec";
import type { UseGradientFieldOptions } from "../../src/hooks/useGradientField";
import { useGradientField } from "../../src/hooks/useGradientField";
import { LocaleProvider } from "../../src/hooks/useLocale";
import type { Domain } from "../../src/models/plane";

function setup(options: UseGradientFieldOptions = {}) {
  const contours = vi.fn(contourLines);
  const hook = renderHook((props: UseGradientFieldOptions) =>
    useGradientField({ contourLines: contours, ...options, ...props }),
  );
  return { ...hook, contours };
}

describe("useGradientField", () => {
  it("starts with the chapter's cost at (1, 1)", () => {
    const { result } = setup();
    expect(result.current.cost?.text).toBe("w1^2 + 2w2^2");
    expect(result.current.state.partials).toEqual([2, 4]);
    expect(result.current.domain).toEqual({ x: [-3, 3], y: [-2, 2] });
    expect(result.current.problem).toBeNull();
  });

  it("computes the contour lines once, however often the probe moves (counted)", () => {
    const { result, contours, rerender } = setup({ resolution: 48 });
    expect(contours).toHaveBeenCalledTimes(1);
    const landscape = result.current.landscape;
    for (let i = 0; i < 25; i++) act(() => result.current.setProbe([i / 10 - 1, 1 - i / 20]));
    act(() => result.current.setLearningRate(0.3));
    rerender({ steps: 10 });
    expect(result.current.state.probe).toEqual([24 / 10 - 1, 1 - 24 / 20]);
    expect(contours).toHaveBeenCalledTimes(1);
    expect(result.current.landscape).toBe(landscape);
    // A new resolution or cost does recompute them, once each.
    rerender({ resolution: 64 });
    expect(contours).toHaveBeenCalledTimes(2);
    rerender({ resolution: 64, cost: "w1^2 + w2^2" });
    expect(contours).toHaveBeenCalledTimes(3);
  });

  it("keeps the last good landscape (and does not recompute it) while the cost is broken", () => {
    const { result, contours, rerender } = setup();
    const landscape = result.current.landscape;
    rerender({ cost: "w1^2 +" });
    expect(result.current.problem?.message).toMatch(/Expected/);
    expect(result.current.landscape).toBe(landscape);
    expect(result.current.state.partials).toEqual([2, 4]);
    expect(contours).toHaveBeenCalledTimes(1);
    rerender({ cost: "w1 + w2 + w3" });
    expect(result.current.problem?.message).toMatch(/3 variables/);
  });

  it("works uncontrolled: setProbe moves the probe, kept inside the map; NaN is ignored", () => {
    const onProbeChange = vi.fn();
    const { result } = setup({ defaultProbe: [0.5, 0.5], onProbeChange });
    act(() => result.current.setProbe([10, -10]));
    expect(result.current.state.probe).toEqual([3, -2]);
    expect(onProbeChange).toHaveBeenLastCalledWith([3, -2]);
    act(() => result.current.setProbe([Number.NaN, 0]));
    expect(onProbeChange).toHaveBeenCalledTimes(1);
  });

  it("works controlled: the probe comes from the parent, changes are only reported", () => {
    const onProbeChange = vi.fn();
    const { result, rerender } = setup({ probe: [1, 1], onProbeChange });
    act(() => result.current.setProbe([0, 0]));
    expect(onProbeChange).toHaveBeenCalledWith([0, 0]);
    expect(result.current.state.probe).toEqual([1, 1]);
    rerender({ probe: [0, 0] as Vec2 });
    expect(result.current.state.flat?.kind).toBe("minimum");
  });

  it("controls the learning rate, uncontrolled or controlled, kept positive", () => {
    const onLearningRateChange = vi.fn();
    const { result } = setup({ defaultLearningRate: 0.2, onLearningRateChange });
    expect(result.current.state.learningRate).toBe(0.2);
    act(() => result.current.setLearningRate(-1));
    expect(result.current.state.learningRate).toBe(0.1);
    const controlled = setup({ learningRate: 0.05 });
    act(() => controlled.result.current.setLearningRate(0.5));
    expect(controlled.result.current.state.learningRate).toBe(0.05);
  });

  it("takes one descent step and reports the end of that gesture once, after the move", () => {
    const onChangeEnd = vi.fn();
    const { result } = setup({ onChangeEnd });
    let moved = false;
    act(() => {
      moved = result.current.step();
    });
    expect(moved).toBe(true);
    expect(result.current.state.probe).toEqual([0.8, 0.6]);
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
    expect(onChangeEnd.mock.calls[0]?.[0].probe).toEqual([0.8, 0.6]);
    act(() => result.current.setProbe([0, 0]));
    act(() => {
      moved = result.current.step();
    });
    expect(moved).toBe(false);
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
  });

  it("reports endChange with the latest state", () => {
    const onChangeEnd = vi.fn();
    const { result } = setup({ onChangeEnd });
    act(() => result.current.setProbe([2, 0]));
    act(() => result.current.endChange());
    expect(onChangeEnd.mock.calls[0]?.[0].partials).toEqual([4, 0]);
  });

  it("takes other variables and an explicit list of levels", () => {
    const { result } = setup({ cost: "x^2 - y^2", variables: ["x", "y"], levels: [-1, 0, 1] });
    expect(result.current.landscape.levels).toEqual([-1, 0, 1]);
    expect(result.current.state.valueText).toBe(
      "x = 1, y = 1: L = 0, gradient (2, −2), steepness 2.828",
    );
  });
});

describe("useGradientField with a window it refuses (#18)", () => {
  it.each<[Domain, RegExp]>([
    [{ x: [1, 1], y: [-2, 2] }, /the x range from 1 to 1 is empty/],
    [{ x: [-3, 3], y: [2, -2] }, /the y range from 2 to −2 is reversed/],
    [{ x: [-1e308, 1e308], y: [-2, 2] }, /x range .* too wide to measure/],
    [{ x: [Number.NaN, 1], y: [-2, 2] }, /x range has an end that is not a finite number/],
  ])("%o: says why in windowProblem, and maps the default window", (domain, message) => {
    const { result } = setup({ domain });
    expect(result.current.windowProblem).toMatch(message);
    expect(result.current.domain).toEqual({ x: [-3, 3], y: [-2, 2] });
  });

  it("no problem for a good window or none; the message follows the reader's language", () => {
    const { result, rerender } = setup();
    expect(result.current.windowProblem).toBeNull();
    rerender({ domain: { x: [-5, 5], y: [-1, 1] } });
    expect(result.current.windowProblem).toBeNull();
    expect(result.current.domain).toEqual({ x: [-5, 5], y: [-1, 1] });
    const french = renderHook(() => useGradientField({ domain: { x: [3, -3], y: [-2, 2] } }), {
      wrapper: ({ children }) => <LocaleProvider locale="fr">{children}</LocaleProvider>,
    });
    expect(french.result.current.windowProblem).toBe(
      "Impossible de tracer ce plan : l'intervalle de x de 3 à −3 est à l'envers. Mettez la plus petite borne en premier.",
    );
  });
});
