// The shadow root's stylesheet and the attribute checks (in Chromium: the unit project does not load CSS).
import { describe, expect, it } from "vitest";
import { isReadable, propName, unreadableWarning } from "../../../src/embed/attributeSpec";
import type { AttributeSpec } from "../../../src/embed/attributeSpec";
import { fontFaces } from "../../../src/embed/katexStyles";
import { inheritableTheme, remless, shadowCss } from "../../../src/embed/shadowStyles";

describe("remless: sizes that ignore the page's root font size", () => {
  it.each([
    ["font-size: 1rem;", "font-size: calc(1*var(--slopes-rem,16px));"],
    ["max(0.875rem, 14px)", "max(calc(0.875*var(--slopes-rem,16px)), 14px)"],
    [
      "margin: -.5rem 2rem",
      "margin: calc(-.5*var(--slopes-rem,16px)) calc(2*var(--slopes-rem,16px))",
    ],
    // Not a rem length: a class name, an em size, a custom property name.
    [".x-2rem{width:2em}", ".x-2rem{width:2em}"],
  ])("%s", (css, expected) => expect(remless(css)).toBe(expected));
});

describe("inheritableTheme: the host's --slopes-* win over the defaults", () => {
  const css = `/* e.g. .course .slopes { --slopes-fg: blue; } */.slopes{--slopes-stylesheet: loaded;--slopes-fg: #111;--slopes-accent: red;--slopes-handle: var(--slopes-accent);color: var(--slopes-fg)}
.slopes-handle{fill:var(--slopes-handle);stroke:var(--slopes-other)}`;
  const out = inheritableTheme(css);

  it("declares no default on .slopes (a declaration would shadow the inherited value)", () => {
    expect(out).not.toMatch(/--slopes-fg\s*:/);
    expect(out).not.toMatch(/--slopes-accent\s*:/);
    // The marker the stylesheet check reads stays.
    expect(out).toMatch(/--slopes-stylesheet: loaded/);
  });

  it("puts each default, nested ones expanded, into the var() fallbacks", () => {
    expect(out).toContain("color: var(--slopes-fg,#111)");
    expect(out).toContain("fill:var(--slopes-handle,var(--slopes-accent,red))");
    expect(out).toContain("stroke:var(--slopes-other)");
  });

  it("leaves the real theme with no default declared on its root", () => {
    const all = shadowCss();
    expect(all).not.toMatch(/@font-face/);
    expect(all).not.toMatch(/\d\s*rem\b/);
    expect(all).toMatch(/var\(--slopes-curve,light-dark\(/);
  });
});

describe("fontFaces: KaTeX's faces for the document, woff2 only", () => {
  it("points every face at fonts/ beside the bundle", () => {
    const faces = fontFaces("https://example.org/course/slopes/fonts/");
    const sources = faces.match(/src:[^;}]*/g) ?? [];
    expect(sources.length).toBe(20);
    for (const source of sources) {
      expect(source).toMatch(
        /^src:url\("https:\/\/example\.org\/course\/slopes\/fonts\/KaTeX_[\w-]+\.woff2"\) format\("woff2"\)$/,
      );
    }
  });
});

describe("attribute checks", () => {
  const spec = (kind: AttributeSpec["kind"], choices?: string[]): AttributeSpec => ({
    name: "a",
    kind,
    example: "",
    ...(choices ? { choices } : {}),
  });
  it.each([
    ["number", "1.5", true],
    ["number", "one", false],
    ["number", "  ", true],
    ["pair", "-3, 3", true],
    ["pair", "3", false],
    ["boolean", "", true],
    ["boolean", "No", true],
    ["boolean", "maybe", false],
    ["names", "x, y", true],
    ["names", "x", false],
    ["names", "x, 2y", false],
    ["text", "anything", true],
  ] as const)("%s %j readable: %s", (kind, text, readable) => {
    expect(isReadable(spec(kind), text)).toBe(readable);
  });

  it("choices are read case-insensitively; other words are not", () => {
    expect(isReadable(spec("choice", ["forward", "central"]), "Central")).toBe(true);
    expect(isReadable(spec("choice", ["forward", "central"]), "backward")).toBe(false);
  });

  it("names the attribute and what it expected", () => {
    expect(propName("show-error-inset")).toBe("showErrorInset");
    expect(
      unreadableWarning("slopes-secant", spec("choice", ["forward", "central"]), "backward"),
    ).toBe(
      'slopes: <slopes-secant a="backward">: expected one of "forward", "central"; the widget uses its default value instead.',
    );
  });
});
