import { describe, expect, it, vi } from "vitest";
import { act, renderHook } from "@testing-library/react";
import { useControllableState } from "../../src/hooks/useControllableState";

describe("useControllableState", () => {
  it("owns its value when uncontrolled and reports changes", () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useControllableState<number | undefined>(undefined, 1, onChange),
    );
    expect(result.current[0]).toBe(1);
    act(() => result.current[1](2));
    expect(result.current[0]).toBe(2);
    expect(onChange).toHaveBeenCalledWith(2);
  });

  it("follows the prop when controlled and only asks for changes", () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(
      ({ value }) => useControllableState(value, 0, onChange),
      {
        initialProps: { value: 5 },
      },
    );
    act(() => result.current[1](6));
    expect(onChange).toHaveBeenCalledWith(6);
    expect(result.current[0]).toBe(5);
    rerender({ value: 6 });
    expect(result.current[0]).toBe(6);
  });

  it("ignores unchanged values", () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useControllableState<number | undefined>(undefined, 3, onChange),
    );
    act(() => result.current[1](3));
    act(() => result.current[1]((v) => v));
    expect(onChange).not.toHaveBeenCalled();
  });

  it("applies updater functions to the newest value, even twice in one tick", () => {
    const { result } = renderHook(() => useControllableState<number | undefined>(undefined, 0));
    act(() => {
      result.current[1]((v) => (v ?? 0) + 1);
      result.current[1]((v) => (v ?? 0) + 1);
    });
    expect(result.current[0]).toBe(2);
  });

  it("keeps a stable setter across renders", () => {
    const { result, rerender } = renderHook(() =>
      useControllableState<number | undefined>(undefined, 0),
    );
    const first = result.current[1];
    act(() => first(4));
    rerender();
    expect(result.current[1]).toBe(first);
  });

  it("warns once when a component switches from uncontrolled to controlled", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { rerender } = renderHook(({ value }) => useControllableState(value, 0, undefined, "x"), {
      initialProps: { value: undefined as number | undefined },
    });
    expect(warn).not.toHaveBeenCalled();
    rerender({ value: 3 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/`x` from uncontrolled to controlled.*`defaultX`/);
    rerender({ value: 4 });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
