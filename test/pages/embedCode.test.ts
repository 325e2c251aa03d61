// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import ts from "typescript";
import { runInNewContext } from "node:vm";
import { JSDOM } from "jsdom";
import { ELEMENTS } from "../../src/embed";
import type { UrlKind } from "../../src/models/urlParams";
import type { WidgetName, WidgetPageStates } from "../../src/models/widgetPages";
import { WIDGET_NAMES, WIDGET_PAGES } from "../../src/models/widgetPages";
import type { WidgetUrlSpec } from "../../src/models/widgetUrl";
import { readWidgetUrl } from "../../src/models/widgetUrl";
import {
  elementAttributes,
  elementCode,
  iframeCode,
  reactCode,
  reactProps,
} from "../../src/pages/embedCode";
import { chainState, gradientState, secantState } from "../support/pageStates";

type AnyState = WidgetPageStates[WidgetName];
const states = fc.oneof(
  secantState.map((state) => ["secant", state] as const),
  chainState.map((state) => ["chain-rule", state] as const),
  gradientState.map((state) => ["gradient", state] as const),
) as fc.Arbitrary<readonly [WidgetName, AnyState]>;
const specOf = (widget: WidgetName) => WIDGET_PAGES[widget] as WidgetUrlSpec<AnyState>;
// Parsed as a browser would (jsdom): TypeScript below needs the node environment.
const parser = new new JSDOM().window.DOMParser();
const parse = (html: string) => parser.parseFromString(html, "text/html").body;

describe("embed code: the iframe", () => {
  it("its src reads back to exactly the state it was written for", () => {
    fc.assert(
      fc.property(states, ([widget, state]) => {
        const code = iframeCode(widget, state, "https://example.org/slopes/pages/", "Widget");
        const frame = parse(code).querySelector("iframe") as Element;
        const url = new URL(frame.getAttribute("src") ?? "");
        expect(url.pathname).toBe(`/slopes/pages/${widget}.html`);
        expect(readWidgetUrl(specOf(widget), url.search)).toEqual({ state, notes: [] });
        expect(frame.getAttribute("title")).toBe("Widget");
      }),
    );
  });

  it("escapes what HTML would read otherwise", () => {
    const state = { ...WIDGET_PAGES.secant.defaults, fn: 'x & "x"<2' };
    const code = iframeCode("secant", state, "pages", 'A "title"');
    expect(code).toContain('title="A &quot;title&quot;"');
    const src = parse(code).querySelector("iframe")?.getAttribute("src") ?? "";
    expect(new URLSearchParams(src.split("?")[1]).get("fn")).toBe('x & "x"<2');
  });
});

describe("embed code: the custom element", () => {
  it("uses only the element's own attributes, whose values read back to the state", () => {
    fc.assert(
      fc.property(states, ([widget, state]) => {
        const spec = specOf(widget);
        const { code, missing } = elementCode(widget, state);
        const element = parse(code).firstElementChild as Element;
        const tag = ELEMENTS.find((e) => e.tag === element.localName);
        expect(tag).toBeDefined();
        const real = (tag?.attributes ?? []).map((attribute) => attribute.name);
        const written = element.getAttributeNames();
        for (const name of written) expect(real).toContain(name);
        // Each value written reads back (through the page's own reader) to the state's value;
        // each value that differs from the default is written, or named as missing.
        for (const entry of spec.params) {
          const value = (state as unknown as Record<string, unknown>)[entry.key];
          const kind = entry.kind as UrlKind<unknown>;
          const text = element.getAttribute(entry.name);
          if (text !== null) expect(kind.read(text)).toEqual({ ok: true, value });
          else if (
            !kind.same(value, (spec.defaults as unknown as Record<string, unknown>)[entry.key])
          )
            expect(missing).toContain(entry.name);
        }
        for (const name of missing) expect(real).not.toContain(name);
      }),
    );
  });

  it("carries the secant's zoom and triangle switches as attributes", () => {
    const state = {
      ...WIDGET_PAGES.secant.defaults,
      showZoom: false,
      showTriangle: false,
      x: 2,
      theme: "dark" as const,
    };
    expect(elementCode("secant", state)).toEqual({
      code: '<slopes-secant x="2" show-zoom="false" show-triangle="false" theme="dark"></slopes-secant>',
      missing: [],
    });
  });

  it("every page parameter has an attribute of the same name on the element", () => {
    for (const widget of WIDGET_NAMES) {
      const names = (WIDGET_PAGES[widget] as WidgetUrlSpec<AnyState>).params.map((p) => p.name);
      expect(names.filter((name) => !elementAttributes(widget).includes(name))).toEqual([]);
    }
  });
});

/** The props the React code gives its explorer, found by running it with a recording `jsx`. */
function runReact(code: string): {
  component: string;
  props: Record<string, unknown>;
  locale?: unknown;
} {
  const js = ts.transpileModule(code, {
    compilerOptions: { jsx: ts.JsxEmit.React, jsxFactory: "h", module: ts.ModuleKind.CommonJS },
  }).outputText;
  const made: { type: string; props: Record<string, unknown> }[] = [];
  const exports = {};
  runInNewContext(js, {
    exports,
    require: (name: string) => {
      if (name === "slopes/styles.css") return {};
      if (name !== "slopes") throw new Error(`unexpected import ${name}`);
      return new Proxy({}, { get: (_, key) => String(key) });
    },
    h: (type: string, props: Record<string, unknown> | null) => {
      made.push({ type, props: props ?? {} });
      return type;
    },
  });
  const explorer = made.find((m) => m.type !== "LocaleProvider") as (typeof made)[number];
  const provider = made.find((m) => m.type === "LocaleProvider");
  return { component: explorer.type, props: explorer.props, locale: provider?.props.locale };
}

describe("embed code: React", () => {
  it("gives the explorer props with the state's values", () => {
    fc.assert(
      fc.property(states, ([widget, state]) => {
        const ran = runReact(reactCode(widget, state));
        const expected = reactProps(widget, state);
        expect(ran.component).toBe(expected.component);
        expect(ran.props).toEqual(expected.props);
        expect(ran.locale).toBe(expected.locale ?? undefined);
      }),
      { numRuns: 50 },
    );
  });

  it("maps each field to the prop that sets it", () => {
    const secant = { ...WIDGET_PAGES.secant.defaults, fn: "x^3", x: -1.5, showZoom: false };
    expect(runReact(reactCode("secant", secant)).props).toEqual({
      defaultFn: "x^3",
      defaultX: -1.5,
      showZoom: false,
    });
    const chain = { ...WIDGET_PAGES["chain-rule"].defaults, mode: "neuron" as const, w: -2, b: 1 };
    expect(runReact(reactCode("chain-rule", chain)).props).toEqual({
      defaultMode: "neuron",
      defaultInputs: { w: -2, b: 1 },
    });
    const gradient = {
      ...WIDGET_PAGES.gradient.defaults,
      probe: [0.5, -1] as const,
      lang: "fr" as const,
    };
    expect(runReact(reactCode("gradient", gradient))).toEqual({
      component: "GradientExplorer",
      props: { defaultProbe: [0.5, -1] },
      locale: "fr",
    });
  });

  it("type-checks against the library: every prop is real and its value has the prop's type", () => {
    const samples = fc.sample(states, { numRuns: 12, seed: 13 });
    const files = new Map<string, string>();
    samples.forEach(([widget, state], i) =>
      files.set(`${VIRTUAL}sample${i}.tsx`, reactCode(widget, state)),
    );
    // A wrong prop name and a wrong type must be caught: the check itself is checked.
    files.set(
      `${VIRTUAL}wrongName.tsx`,
      reactCode("secant", WIDGET_PAGES.secant.defaults).replace(
        "<SecantExplorer",
        "<SecantExplorer defaultPoint={1}",
      ),
    );
    files.set(
      `${VIRTUAL}wrongType.tsx`,
      reactCode("secant", { ...WIDGET_PAGES.secant.defaults, x: 2 }).replace("{2}", '"2"'),
    );
    const diagnostics = typeCheck(files);
    for (const [name] of files) {
      const found = diagnostics.get(name) ?? [];
      if (name.includes("wrong")) expect(found.length, name).toBeGreaterThan(0);
      else expect(found, `${files.get(name)}`).toEqual([]);
    }
  }, 120_000);
});

/** Where the checked snippets pretend to be (inside the project, so React's types resolve). */
const VIRTUAL = new URL("./__snippet-", import.meta.url).pathname;

/** TypeScript's errors for each virtual file, with `slopes` resolved to src/index.ts. */
function typeCheck(files: Map<string, string>): Map<string, string[]> {
  const root = new URL("../..", import.meta.url).pathname;
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    types: ["vite/client"],
    baseUrl: root,
    paths: { slopes: ["src/index.ts"] },
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) => {
    const text = files.get(name);
    return text === undefined
      ? getSourceFile(name, language)
      : ts.createSourceFile(name, text, language, true, ts.ScriptKind.TSX);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const result = new Map<string, string[]>();
  for (const name of files.keys()) {
    const source = program.getSourceFile(name);
    const found = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ].map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    result.set(name, found);
  }
  return result;
}
