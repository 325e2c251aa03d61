import { describe, expect, it, vi } from "vitest";
import { act, renderHook } from "@testing-library/react";
import type { UseSecantOptions } from "../../src/hooks/useSecant";
import { useSecant } from "../../src/hooks/useSecant";
import { LocaleProvider } from "../../src/hooks/useLocale";

function setup(options: UseSecantOptions = {}) {
  return renderHook((props: UseSecantOptions) => useSecant({ ...options, ...props }), {
    initialProps: {},
  });
}

describe("useSecant", () => {
  it("starts from the defaults: x² at x = 1 with h = 0.5", () => {
    const { result } = setup();
    expect(result.current.state.x).toBe(1);
    expect(result.current.state.h).toBe(0.5);
    expect(result.current.state.exactSlope).toBe(2);
    expect(result.current.state.secantSlope).toBeCloseTo(2.5, 12);
    expect(result.current.problem).toBeNull();
    expect(result.current.curve.length).toBe(1);
  });

  it("is uncontrolled with defaultX and reports changes", () => {
    const onXChange = vi.fn();
    const { result } = setup({ defaultX: -1, onXChange });
    expect(result.current.state.exactSlope).toBe(-2);
    act(() => result.current.setX(0));
    expect(result.current.state.exactSlope).toBe(0);
    expect(result.current.state.direction).toBe("flat");
    expect(onXChange).toHaveBeenCalledWith(0);
  });

  it("is controlled with x: the parent decides", () => {
    const onXChange = vi.fn();
    const { result, rerender } = setup({ x: 2, onXChange });
    act(() => result.current.setX(2.5));
    expect(onXChange).toHaveBeenCalledWith(2.5);
    expect(result.current.state.x).toBe(2);
    rerender({ x: 2.5 });
    expect(result.current.state.x).toBe(2.5);
  });

  it("keeps x in the window and h in [1e-12, 1]", () => {
    const { result } = setup({ domain: { x: [-2, 2] } });
    act(() => result.current.setX(10));
    expect(result.current.state.x).toBe(2);
    act(() => result.current.setH(0));
    expect(result.current.state.h).toBe(1e-12);
    act(() => result.current.setH(7));
    expect(result.current.state.h).toBe(1);
    act(() => result.current.setX(Number.NaN));
    expect(result.current.state.x).toBe(2);
  });

  it("reports a toggle's end with the new state when the setter and endChange share a handler", () => {
    const onChangeEnd = vi.fn();
    const { result } = setup({ onChangeEnd });
    act(() => {
      result.current.setMethod("central");
      result.current.endChange();
    });
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
    expect(onChangeEnd.mock.calls[0]?.[0].method).toBe("central");
  });

  it("calls onChangeEnd once per gesture, with the settled state", () => {
    const onChangeEnd = vi.fn();
    const { result } = setup({ onChangeEnd });
    act(() => {
      result.current.setX(1.5);
    });
    act(() => {
      result.current.setX(2);
    });
    expect(onChangeEnd).not.toHaveBeenCalled();
    act(() => result.current.endChange());
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
    expect(onChangeEnd.mock.calls[0]?.[0].x).toBe(2);
  });

  it("switches method, controlled or not", () => {
    const { result } = setup({ defaultH: 0.5 });
    act(() => result.current.setMethod("central"));
    expect(result.current.state.method).toBe("central");
    expect(result.current.state.secantSlope).toBeCloseTo(2, 12);
  });

  it("keeps the last good function while a typed formula is broken", () => {
    const { result, rerender } = setup({ fn: "x^3" });
    const curve = result.current.curve;
    rerender({ fn: "x^3 +" });
    expect(result.current.problem?.message).toMatch(/Expected/);
    expect(result.current.fn?.text).toBe("x^3");
    expect(result.current.curve).toBe(curve);
    expect(result.current.state.exactSlope).toBe(3);
    rerender({ fn: "x^3 + x" });
    expect(result.current.problem).toBeNull();
    expect(result.current.state.exactSlope).toBe(4);
  });

  it("samples the curve once per function and window, not on every move", () => {
    const { result } = setup();
    const curve = result.current.curve;
    act(() => result.current.setX(0.3));
    act(() => result.current.setH(0.01));
    expect(result.current.curve).toBe(curve);
  });

  it("reports what a throwing JavaScript function says, without throwing", () => {
    const fn = (x: number) => {
      if (x > 2) throw new Error("too big");
      return x;
    };
    const { result } = setup({ fn, defaultX: 2.5 });
    expect(result.current.thrown).toBe("too big");
    expect(result.current.state.defined).toBe(false);
  });
});

describe("useSecant with a window that cannot be drawn (#18)", () => {
  it.each<[UseSecantOptions["domain"], RegExp]>([
    [{ x: [3, 1] }, /the x range from 3 to 1 is reversed/],
    [{ x: [1, 1] }, /the x range from 1 to 1 is empty/],
    [{ x: [-1e308, 1e308], y: [-1, 1] }, /x range .* too wide to measure/],
    [{ x: [-3, 3], y: [4, 4] }, /the y range from 4 to 4 is empty/],
  ])("%o: says why in windowProblem (the message SecantView shows)", (domain, message) => {
    const { result } = setup({ domain });
    expect(result.current.windowProblem).toMatch(message);
  });

  it("no problem for a good or automatic window; the message follows the reader's language", () => {
    expect(setup().result.current.windowProblem).toBeNull();
    expect(setup({ domain: { x: [-2, 2], y: [0, 4] } }).result.current.windowProblem).toBeNull();
    const french = renderHook(() => useSecant({ domain: { x: [2, 2] } }), {
      wrapper: ({ children }) => <LocaleProvider locale="fr">{children}</LocaleProvider>,
    });
    expect(french.result.current.windowProblem).toBe(
      "Impossible de tracer ce plan : l'intervalle de x de 2 à 2 est vide. Donnez-lui deux bornes différentes.",
    );
  });
});
