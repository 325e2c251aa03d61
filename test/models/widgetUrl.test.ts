// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chainState, gradientState, secantState } from "../support/pageStates";
import { MAX_SOURCE_LENGTH } from "../../src/math/budgets";
import type { UrlKind } from "../../src/models/urlParams";
import { noteTexts } from "../../src/models/urlNotes";
import type { WidgetName, WidgetPageStates } from "../../src/models/widgetPages";
import { CHAIN_PAGE, GRADIENT_PAGE, SECANT_PAGE, WIDGET_PAGES } from "../../src/models/widgetPages";
import type { WidgetUrlSpec } from "../../src/models/widgetUrl";
import { readWidgetUrl, writeWidgetUrl } from "../../src/models/widgetUrl";

const SPECS = Object.entries(WIDGET_PAGES) as unknown as [
  WidgetName,
  WidgetUrlSpec<Record<string, unknown>>,
][];

describe("widget page URLs: state → URL → state", () => {
  it.each(SPECS)("%s: the default state is the empty query, and back", (_, spec) => {
    expect(writeWidgetUrl(spec, spec.defaults)).toBe("");
    expect(readWidgetUrl(spec, "")).toEqual({ state: spec.defaults, notes: [] });
  });

  it("secant: any reachable state survives the round trip, with no note", () => {
    fc.assert(
      fc.property(secantState, (state) => {
        const query = writeWidgetUrl(SECANT_PAGE, state);
        expect(readWidgetUrl(SECANT_PAGE, `?${query}`)).toEqual({ state, notes: [] });
      }),
    );
  });

  it("chain rule: any reachable state survives the round trip, with no note", () => {
    fc.assert(
      fc.property(chainState, (state) => {
        const query = writeWidgetUrl(CHAIN_PAGE, state);
        expect(readWidgetUrl(CHAIN_PAGE, query)).toEqual({ state, notes: [] });
      }),
    );
  });

  it("gradient: any reachable state survives the round trip, with no note", () => {
    fc.assert(
      fc.property(gradientState, (state) => {
        const query = writeWidgetUrl(GRADIENT_PAGE, state);
        expect(readWidgetUrl(GRADIENT_PAGE, new URLSearchParams(query))).toEqual({
          state,
          notes: [],
        });
      }),
    );
  });

  it("writes only what differs from the defaults, readable, with + kept apart from space", () => {
    const state = { ...SECANT_PAGE.defaults, fn: "x + 1", x: -1.5, method: "central" as const };
    expect(writeWidgetUrl(SECANT_PAGE, state)).toBe("fn=x%20%2B%201&x=-1.5&method=central");
    const probe = { ...GRADIENT_PAGE.defaults, probe: [0.5, -1] as const, showField: true };
    expect(writeWidgetUrl(GRADIENT_PAGE, probe)).toBe("probe=0.5,-1&show-field=true");
    // A hand-written link: + is a space, the other spellings of the values are read too.
    expect(readWidgetUrl(SECANT_PAGE, "fn=x+%2B+1&x=%E2%88%921.5&show-zoom=off").state).toEqual({
      ...SECANT_PAGE.defaults,
      fn: "x + 1",
      x: -1.5,
      showZoom: false,
    });
    expect(readWidgetUrl(CHAIN_PAGE, "lang=fr-CA&theme=DARK").state).toMatchObject({
      lang: "fr",
      theme: "dark",
    });
  });
});

/** Texts no kind of parameter accepts, and texts wrong for one kind. */
const BAD_FOR_EVERY_KIND = ["", "   ", "%", "<script>alert(1)</script>", "x".repeat(5000)];
function badTexts(kind: UrlKind<never>): string[] {
  const kinds: Record<string, string[]> = {
    number: ["abc", "1e999", "0x10", "Infinity", "NaN", "1,5", "99", "-99"],
    pair: ["1", "1,2,3", "a,b", "99,0", "0,99", "[1 1]"],
    boolean: ["maybe", "2", "yes please"],
    formula: ["x^^2", "sin(", "q + t", "(".repeat(150) + "x" + ")".repeat(150)],
    choice: ["sideways", "FORWARD?", "es"],
  };
  const described = kind.describe;
  const key = described.startsWith("a number")
    ? "number"
    : described.startsWith("two numbers")
      ? "pair"
      : described === "true or false"
        ? "boolean"
        : described.startsWith("a formula")
          ? "formula"
          : "choice";
  return [...BAD_FOR_EVERY_KIND, ...(kinds[key] ?? [])];
}

const shown = (text: string) =>
  text.length > 30 ? `${text.slice(0, 12)}… (${text.length} characters)` : text;

describe("widget page URLs: every invalid value gives the default and a note", () => {
  const cases = SPECS.flatMap(([widget, spec]) =>
    spec.params.flatMap((p) =>
      badTexts(p.kind).map((text) => [widget, p.name, shown(text), text, spec, p.key] as const),
    ),
  );
  it.each(cases)("%s: %s=%j", (_, name, _shown, text, spec, key) => {
    const { state, notes } = readWidgetUrl(spec, new URLSearchParams([[name, text]]));
    expect(state[key]).toEqual(spec.defaults[key]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ param: name });
    expect(notes[0]?.value.length).toBeLessThanOrEqual(40);
    // …beside valid values, which are kept.
    const other = spec.params.find((p) => p.name !== name && p.name === "theme");
    if (other) {
      const mixed = readWidgetUrl(
        spec,
        new URLSearchParams([
          [name, text],
          ["theme", "dark"],
        ]),
      );
      expect(mixed.state).toMatchObject({ theme: "dark" });
    }
  });

  it("a formula past the engine's length budget is refused by the parser", () => {
    const long = `x${"+x".repeat(MAX_SOURCE_LENGTH)}`;
    const { state, notes } = readWidgetUrl(SECANT_PAGE, new URLSearchParams({ fn: long }));
    expect(state.fn).toBe("x^2");
    expect(notes[0]?.expected).toMatchObject({ kind: "formula" });
  });

  it("an unknown parameter is noted and ignored; a repeated one is read once", () => {
    const { state, notes } = readWidgetUrl(SECANT_PAGE, "x=2&show_zoom=false&x=abc");
    expect(state).toEqual({ ...SECANT_PAGE.defaults, x: 2 });
    expect(notes).toEqual([
      {
        param: "show_zoom",
        value: "false",
        expected: { kind: "unknown", known: SECANT_PAGE.params.map((p) => p.name) },
      },
    ]);
  });

  it("a target the graph does not offer is left out of the address it writes", () => {
    const held = { ...CHAIN_PAGE.defaults, target: "b" as const };
    expect(writeWidgetUrl(CHAIN_PAGE, held)).toBe("");
    expect(writeWidgetUrl(CHAIN_PAGE, { ...held, mode: "neuron" })).toBe("mode=neuron&target=b");
  });

  it("a target the mode does not offer gives the graph's default target", () => {
    const neuron = readWidgetUrl(CHAIN_PAGE, "mode=neuron&target=x");
    expect(neuron.state.target).toBeUndefined();
    expect(neuron.notes).toEqual([
      { param: "target", value: "x", expected: { kind: "combination", with: "mode=neuron" } },
    ]);
    expect(readWidgetUrl(CHAIN_PAGE, "target=w").state.target).toBeUndefined();
    expect(readWidgetUrl(CHAIN_PAGE, "mode=neuron&target=w")).toMatchObject({
      state: { target: "w" },
      notes: [],
    });
  });
});

describe("widget page URLs: the notes in the page's language", () => {
  it("says in English what was expected and what is shown", () => {
    const { notes } = readWidgetUrl(SECANT_PAGE, "h=5&fn=sinn(x)&zoom=1");
    expect(noteTexts(SECANT_PAGE, notes, "en")).toEqual([
      "The link's h=“5” cannot be used (expected a number from 10⁻¹² to 1); the widget shows h=0.5 instead.",
      expect.stringMatching(
        /^The link's fn=“sinn\(x\)” cannot be used \(expected a formula: .*sin.*\); the widget shows fn=x\^2 instead\.$/,
      ),
      expect.stringMatching(
        /^The link's parameter “zoom” is not one this page reads \(it reads fn, x, h, method, /,
      ),
    ]);
  });

  it("says it in French, numbers and engine messages included", () => {
    const { notes } = readWidgetUrl(GRADIENT_PAGE, "learning-rate=2&cost=w1+%2B");
    const [rate, cost] = noteTexts(GRADIENT_PAGE, notes, "fr");
    expect(rate).toBe(
      "La valeur learning-rate=« 2 » du lien ne peut pas être utilisée (attendu : un nombre de 0,001 à 1) ; le widget affiche learning-rate=0.1 à la place.",
    );
    expect(cost).toMatch(
      /^La valeur cost=« w1 \+ » .*attendu : une formule : Un nombre ou une variable est attendu/,
    );
  });

  it("a chain input left to the graph says 'its default value'", () => {
    const { notes } = readWidgetUrl(CHAIN_PAGE, "w=9");
    expect(noteTexts(CHAIN_PAGE, notes, "en")[0]).toMatch(
      /the widget shows its default value instead/,
    );
  });
});

// A compile-time check that the tables cover every field of their states.
const covered: { [W in WidgetName]: readonly (keyof WidgetPageStates[W])[] } = {
  secant: SECANT_PAGE.params.map((p) => p.key),
  "chain-rule": CHAIN_PAGE.params.map((p) => p.key),
  gradient: GRADIENT_PAGE.params.map((p) => p.key),
};
it.each(SPECS)("%s: every field of the state has exactly one parameter", (widget, spec) => {
  expect([...covered[widget]].sort()).toEqual(Object.keys(spec.defaults).sort());
});
