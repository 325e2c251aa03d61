import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { GradientElement } from "../../src/embed/GradientElement";
import { SecantExplorer } from "../../src/explorers/SecantExplorer";
import { stubResizeObserver } from "../support/resize-observer";

stubResizeObserver();

function nanAttributes(root: Element): string[] {
  return [root, ...root.querySelectorAll("*")]
    .flatMap((el) => [...el.attributes].map((a) => `${el.tagName} ${a.name}="${a.value}"`))
    .filter((text) => /NaN|Infinity/.test(text));
}

describe("<slopes-gradient> domain attributes (#18)", () => {
  it.each([
    [{ domainX: "-1e308,1e308" }, /x range .* too wide to measure/],
    [{ domainX: "-3,3", domainY: "-1e308, 1e308" }, /y range .* too wide to measure/],
    [{ domainX: "1,1", domainY: "-2,2" }, /the x range from 1 to 1 is empty/],
    [{ domainX: "3,-3" }, /the x range from 3 to −3 is reversed/],
  ])("%o: no NaN in any attribute, and the reader is told", (attributes, message) => {
    const { container } = render(<GradientElement showField="true" {...attributes} />);
    expect(nanAttributes(container)).toEqual([]);
    expect(screen.getByRole("alert")).toHaveTextContent(message);
  });

  it("one axis given: the other keeps the default window", () => {
    const { container } = render(<GradientElement domainX="-5,5" />);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(nanAttributes(container)).toEqual([]);
    expect(container.querySelector("svg")).not.toBeNull();
  });
});

describe("SecantExplorer with a window too wide to measure (#18)", () => {
  it("shows the plane's message and no NaN", () => {
    const { container } = render(
      <SecantExplorer fn="x^2" domain={{ x: [-1e308, 1e308], y: [-1, 1] }} />,
    );
    expect(nanAttributes(container)).toEqual([]);
    expect(screen.getByRole("alert")).toHaveTextContent(/x range .* too wide to measure/);
  });
});
