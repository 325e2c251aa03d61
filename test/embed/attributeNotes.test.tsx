import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { ChainElement } from "../../src/embed/ChainElement";
import { GradientElement } from "../../src/embed/GradientElement";
import { SecantElement } from "../../src/embed/SecantElement";
import { attributeReader } from "../../src/embed/attributes";
import { stubResizeObserver } from "../support/resize-observer";

stubResizeObserver();

function nanAttributes(root: Element): string[] {
  return [root, ...root.querySelectorAll("*")]
    .flatMap((el) => [...el.attributes].map((a) => `${el.tagName} ${a.name}="${a.value}"`))
    .filter((text) => /NaN|Infinity/.test(text));
}

function notes(): string[] {
  return screen.queryAllByRole("note").map((note) => note.textContent ?? "");
}

describe("<slopes-secant> window attributes (#18)", () => {
  it.each([
    [{ domainX: "3,1" }, /the x range from 3 to 1 is reversed/],
    [{ domainX: "1,1" }, /the x range from 1 to 1 is empty/],
    [{ domainX: "-1e308,1e308" }, /x range .* too wide to measure/],
    [{ domainY: "2, -2" }, /the y range from 2 to −2 is reversed/],
  ])("%o reaches the explorer, whose plane says what is wrong", (attributes, message) => {
    const { container } = render(<SecantElement fn="x^2" {...attributes} />);
    expect(screen.getByRole("alert")).toHaveTextContent(message);
    // One message: the explorer's, no note besides it.
    expect(notes()).toEqual([]);
    expect(nanAttributes(container)).toEqual([]);
  });

  it.each(["abc", "1", "1, 2, 3"])("domain-x=%j cannot be read: a note says so", (text) => {
    const { container } = render(<SecantElement fn="x^2" domainX={text} />);
    expect(notes()).toEqual([
      `The attribute domain-x="${text}" is not two numbers (such as "-3, 3"); the widget uses its default value instead.`,
    ]);
    // The picture is still drawn over the default window.
    expect(screen.queryByRole("alert")).toBeNull();
    expect(container.querySelector(".slopes-plane svg")).not.toBeNull();
  });

  it("a good window draws the picture, with no note and no message", () => {
    const { container } = render(<SecantElement fn="x^2" domainX="-2, 2" domainY="-1, 5" />);
    expect(notes()).toEqual([]);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(container.querySelector(".slopes-plane svg")).not.toBeNull();
  });
});

describe("numeric attributes that cannot be read are told to the author (#18)", () => {
  it("<slopes-secant x h>: one note each, blank attributes count as left out", () => {
    render(<SecantElement fn="x^2" x="one" h="" />);
    expect(notes()).toEqual([
      `The attribute x="one" is not a number; the widget uses its default value instead.`,
    ]);
    // x fell back to its default, 1.
    expect(screen.getByRole("slider", { name: "Point on the curve" })).toHaveAttribute(
      "aria-valuenow",
      "1",
    );
  });

  it("<slopes-gradient probe learning-rate resolution domain-y>", () => {
    render(<GradientElement probe="1" learningRate="fast" resolution="high" domainY="[-2; x]" />);
    expect(notes()).toEqual([
      `The attribute probe="1" is not two numbers (such as "-3, 3"); the widget uses its default value instead.`,
      `The attribute learning-rate="fast" is not a number; the widget uses its default value instead.`,
      `The attribute domain-y="[-2; x]" is not two numbers (such as "-3, 3"); the widget uses its default value instead.`,
      `The attribute resolution="high" is not a number; the widget uses its default value instead.`,
    ]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("<slopes-chain-rule x w b y>", () => {
    render(<ChainElement mode="neuron" x="Infinity" w="2" b="1,5" />);
    expect(notes()).toEqual([
      `The attribute x="Infinity" is not a number; the widget uses its default value instead.`,
      `The attribute b="1,5" is not a number; the widget uses its default value instead.`,
    ]);
  });

  it("in the reader's language (lang)", () => {
    render(<GradientElement lang="fr" learningRate="rapide" />);
    expect(notes()).toEqual([
      `L'attribut learning-rate="rapide" n'est pas un nombre ; le widget utilise sa valeur par défaut.`,
    ]);
  });

  it("a long value is quoted shortened, and nothing crashes", () => {
    const long = "x".repeat(5000);
    render(<SecantElement fn="x^2" x={long} h={long} domainX={long} />);
    const shown = notes();
    expect(shown).toHaveLength(3);
    for (const note of shown) expect(note.length).toBeLessThan(200);
    expect(shown[0]).toContain(`x="${"x".repeat(39)}…"`);
  });

  it("readable attributes give no note", () => {
    render(<ChainElement mode="neuron" x="1.5" w="−2" b="0" y="1e-3" />);
    expect(notes()).toEqual([]);
  });
});

describe("attributeReader", () => {
  it("returns what the readers return and lists what it could not read", () => {
    const read = attributeReader();
    expect(read.number("x", " 2 ")).toBe(2);
    expect(read.number("h", undefined)).toBeUndefined();
    expect(read.number("h", "  ")).toBeUndefined();
    expect(read.pair("probe", "1, 2")).toEqual([1, 2]);
    expect(read.pair("domain-x", "3")).toBeUndefined();
    expect(read.number("w", "NaN")).toBeUndefined();
    expect(read.unread).toEqual([
      { name: "domain-x", value: "3", expected: "pair" },
      { name: "w", value: "NaN", expected: "number" },
    ]);
  });
});
