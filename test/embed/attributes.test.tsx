import { describe, expect, it } from "vitest";
import { act, renderHook } from "@testing-library/react";
import {
  readBoolean,
  readChoice,
  readNumber,
  readPair,
  readRange,
} from "../../src/embed/attributes";
import { useAttributeState } from "../../src/embed/useAttributeState";

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

  it("reads ranges, booleans and choices leniently", () => {
    expect(readRange("-3, 3")).toEqual([-3, 3]);
    expect(readRange("3, -3")).toBeUndefined();
    expect(readBoolean("false")).toBe(false);
    expect(readBoolean("")).toBe(true);
    expect(readBoolean(null)).toBeUndefined();
    expect(readChoice(" Dark ", ["light", "dark"] as const)).toBe("dark");
    expect(readChoice("blue", ["light", "dark"] as const)).toBeUndefined();
  });
});

describe("useAttributeState", () => {
  it("follows the reader, then jumps to a changed attribute (compared by content)", () => {
    const { result, rerender } = renderHook(
      ({ text }) => useAttributeState(readPair(text), [0, 0]),
      {
        initialProps: { text: "1, 1" },
      },
    );
    expect(result.current[0]).toEqual([1, 1]);
    act(() => result.current[1]([2, 3]));
    rerender({ text: "1, 1" });
    expect(result.current[0]).toEqual([2, 3]);
    rerender({ text: "0, 0" });
    expect(result.current[0]).toEqual([0, 0]);
  });
});
