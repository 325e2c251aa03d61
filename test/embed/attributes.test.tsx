import { describe, expect, it } from "vitest";
import { act, renderHook } from "@testing-library/react";
import { useResettableState } from "../../src/hooks/useResettableState";
import {
  BY_CONTENT,
  readBoolean,
  readChoice,
  readNumber,
  readPair,
} from "../../src/embed/attributes";

describe("attribute readers", () => {
  it.each([
    ["1.5", 1.5],
    ["−2", -2],
    ["1e-3", 0.001],
    ["", undefined],
    ["abc", undefined],
    ["Infinity", undefined],
    [null, undefined],
  ])("readNumber(%j) = %j", (text, value) => {
    expect(readNumber(text)).toBe(value);
  });

  it.each([
    ["1, 1", [1, 1]],
    ["[1,2]", [1, 2]],
    ["(0.5 -3)", [0.5, -3]],
    ["1", undefined],
    ["1, 2, 3", undefined],
    ["a, b", undefined],
  ])("readPair(%j) = %j", (text, pair) => {
    expect(readPair(text)).toEqual(pair);
  });

  it("reads booleans and choices leniently", () => {
    expect(readBoolean("false")).toBe(false);
    expect(readBoolean("")).toBe(true);
    expect(readBoolean(null)).toBeUndefined();
    expect(readChoice(" Dark ", ["light", "dark"] as const)).toBe("dark");
    expect(readChoice("blue", ["light", "dark"] as const)).toBeUndefined();
  });
});

describe("attributes through useResettableState", () => {
  it("follows the reader, then jumps to a changed attribute (compared by content)", () => {
    const { result, rerender } = renderHook(
      ({ text }) => useResettableState(readPair(text) ?? [0, 0], BY_CONTENT),
      { initialProps: { text: "1, 1" } },
    );
    expect(result.current[0]).toEqual([1, 1]);
    act(() => result.current[1]([2, 3]));
    // The same text is read into a new array: not a change.
    rerender({ text: "1, 1" });
    expect(result.current[0]).toEqual([2, 3]);
    rerender({ text: "0, 0" });
    expect(result.current[0]).toEqual([0, 0]);
    // A removed attribute falls back to the default.
    rerender({ text: "4, 4" });
    act(() => result.current[1]([5, 5]));
    rerender({ text: "" });
    expect(result.current[0]).toEqual([0, 0]);
  });
});
