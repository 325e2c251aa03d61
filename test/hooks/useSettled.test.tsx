import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, renderHook } from "@testing-library/react";
import { useSettled } from "../../src/hooks/useSettled";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("useSettled", () => {
  it("gives the value once it has been still for the delay, after a 60 Hz burst of changes", () => {
    const { result, rerender } = renderHook(({ value }) => useSettled(value, 120), {
      initialProps: { value: 0 },
    });
    for (let i = 1; i <= 30; i++) {
      rerender({ value: i });
      act(() => vi.advanceTimersByTime(16));
      expect(result.current).toBe(0);
    }
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(0);
    act(() => vi.advanceTimersByTime(30));
    expect(result.current).toBe(30);
  });

  it("arms a timer per quiet period, not one per change", () => {
    const spy = vi.spyOn(globalThis, "setTimeout");
    const { rerender } = renderHook(({ value }) => useSettled(value, 120), {
      initialProps: { value: 0 },
    });
    spy.mockClear();
    for (let i = 1; i <= 60; i++) {
      rerender({ value: i });
      act(() => vi.advanceTimersByTime(16));
    }
    act(() => vi.advanceTimersByTime(200));
    // 60 changes over 960 ms: about one timer per 120 ms, never one per change.
    expect(spy.mock.calls.length).toBeGreaterThan(0);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(Math.ceil((60 * 16) / 120) + 2);
    spy.mockRestore();
  });

  it("leaves no timer behind when unmounted mid-burst", () => {
    const { rerender, unmount } = renderHook(({ value }) => useSettled(value, 120), {
      initialProps: { value: "a" },
    });
    rerender({ value: "b" });
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("keeps a function value as a value", () => {
    const f = () => 1;
    const g = () => 2;
    const { result, rerender } = renderHook(({ value }) => useSettled(value, 50), {
      initialProps: { value: f },
    });
    rerender({ value: g });
    act(() => vi.advanceTimersByTime(60));
    expect(result.current).toBe(g);
  });
});
