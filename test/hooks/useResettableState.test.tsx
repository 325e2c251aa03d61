import { describe, expect, it } from "vitest";
import { act, renderHook } from "@testing-library/react";
import { useResettableState } from "../../src/hooks/useResettableState";

describe("useResettableState", () => {
  it("starts from the source, follows the reader, and jumps to a new source", () => {
    const { result, rerender } = renderHook(({ source }) => useResettableState(source), {
      initialProps: { source: "x^2" },
    });
    expect(result.current[0]).toBe("x^2");
    act(() => result.current[1]("x^3 +"));
    rerender({ source: "x^2" });
    expect(result.current[0]).toBe("x^3 +");
    rerender({ source: "sin(x)" });
    expect(result.current[0]).toBe("sin(x)");
    act(() => result.current[1]((previous) => `${previous} + 1`));
    expect(result.current[0]).toBe("sin(x) + 1");
  });

  it("keeps a function source as a value (not as an initializer)", () => {
    const f = (x: number) => x * x;
    const g = (x: number) => 2 * x;
    const { result, rerender } = renderHook(({ source }) => useResettableState(source), {
      initialProps: { source: f },
    });
    expect(result.current[0]).toBe(f);
    rerender({ source: g });
    expect(result.current[0]).toBe(g);
  });

  it("compares sources by the given key", () => {
    const { result, rerender } = renderHook(
      ({ source }) => useResettableState(source, { key: (pair) => pair.join(",") }),
      { initialProps: { source: [1, 1] } },
    );
    act(() => result.current[1]([2, 2]));
    rerender({ source: [1, 1] });
    expect(result.current[0]).toEqual([2, 2]);
    rerender({ source: [3, 3] });
    expect(result.current[0]).toEqual([3, 3]);
  });
});
