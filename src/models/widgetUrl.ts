import type { UrlExpectation, UrlKind } from "./urlParams";

/**
 * The URL ⇄ state codec of the widget pages (`pages/secant.html?x=1.5&h=0.01`): one table of
 * parameters per widget (`widgetPages.ts`) drives both directions, so what a page reads and
 * what it writes cannot drift apart, and the documentation's table is generated from it.
 */

/** One URL parameter: its name in the URL, the state field it fills, and its kind. */
export interface UrlParam<S> {
  /** Name in the URL (`show-zoom`), the custom element's attribute name where there is one. */
  readonly name: string;
  /** The field of the state it holds. */
  readonly key: keyof S & string;
  readonly kind: UrlKind<never>;
  /** What it sets, in English, for the documentation. */
  readonly doc: string;
}

/** A typed parameter (the table holds them untyped, as `UrlParam<S>`). */
export function param<S, K extends keyof S & string>(
  name: string,
  key: K,
  kind: UrlKind<S[K]>,
  doc: string,
): UrlParam<S> {
  return { name, key, kind: kind as unknown as UrlKind<never>, doc };
}

/** A value in the URL the page could not use: the widget shows its default instead. */
export interface UrlNote {
  /** The parameter's name as written in the URL. */
  readonly param: string;
  /** Its text, shortened when long. */
  readonly value: string;
  /** What it should have been. */
  readonly expected: UrlExpectation;
}

/** What a widget page can hold in its URL. */
export interface WidgetUrlSpec<S> {
  /** The state when the URL says nothing. */
  readonly defaults: S;
  readonly params: readonly UrlParam<S>[];
  /**
   * Checks between parameters (a target the mode does not offer); returns the state with each
   * value that does not fit set back to its default, pushing a note for it.
   */
  readonly check?: ((state: S, notes: UrlNote[], given: URLSearchParams) => S) | undefined;
  /**
   * The state as it is written: a value the widget holds but does not show (a target the
   * current mode does not offer) is left out, so the address never carries it.
   */
  readonly tidy?: ((state: S) => S) | undefined;
}

/** The state as {@link writeWidgetUrl} and the embed code write it (see `tidy`). */
export function tidyState<S>(spec: WidgetUrlSpec<S>, state: S): S {
  return spec.tidy ? spec.tidy(state) : state;
}

/** Longest parameter text quoted back in a note. */
export const QUOTED_LENGTH = 40;

/** A parameter's text as a note quotes it: at most {@link QUOTED_LENGTH} characters. */
export function quoted(text: string): string {
  return text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH - 1)}…` : text;
}

/**
 * The state a URL's query holds (`"?fn=x^3&x=2"`, with or without `?`, or its
 * `URLSearchParams`), and a note for each value that could not be used (the default is kept
 * for it) and each parameter the page does not know. Never throws.
 */
export function readWidgetUrl<S>(
  spec: WidgetUrlSpec<S>,
  query: string | URLSearchParams,
): { state: S; notes: UrlNote[] } {
  const given = typeof query === "string" ? new URLSearchParams(query) : query;
  const state = { ...spec.defaults };
  const notes: UrlNote[] = [];
  const known = spec.params.map((p) => p.name);
  const seen = new Set<string>();
  for (const [name, text] of given) {
    if (seen.has(name)) continue;
    seen.add(name);
    const entry = spec.params.find((p) => p.name === name);
    if (!entry) {
      notes.push({
        param: quoted(name),
        value: quoted(text),
        expected: { kind: "unknown", known },
      });
      continue;
    }
    const read = (entry.kind as UrlKind<unknown>).read(text);
    if (read.ok) (state as Record<string, unknown>)[entry.key] = read.value;
    else notes.push({ param: name, value: quoted(text), expected: read.expected });
  }
  return { state: spec.check ? spec.check(state, notes, given) : state, notes };
}

/** Encodes a parameter's text, keeping `,` `:` `/` readable (`+` stays `%2B`: it means space). */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%2F/g, "/");
}

/**
 * The query (without `?`) that {@link readWidgetUrl} reads back to `state`: each value that
 * differs from the default, in the table's order (`""` for the default state).
 */
export function writeWidgetUrl<S>(spec: WidgetUrlSpec<S>, state: S): string {
  const parts: string[] = [];
  const tidy = tidyState(spec, state);
  for (const entry of spec.params) {
    const kind = entry.kind as UrlKind<unknown>;
    const value = tidy[entry.key];
    if (kind.same(value, spec.defaults[entry.key])) continue;
    parts.push(`${entry.name}=${encode(kind.write(value))}`);
  }
  return parts.join("&");
}
