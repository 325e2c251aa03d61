import { formatSignificant } from "../i18n/formatNumber";
import { pageLabelsFor } from "../i18n/pageLabels";
import { translateProblem } from "../i18n/problems";
import type { UrlExpectation, UrlKind } from "./urlParams";
import type { UrlNote, WidgetUrlSpec } from "./widgetUrl";

/** A number as a note writes it in the language `lang` (−3; 1e-12 as 1e−12; 0,5 in French). */
export function noteNumber(value: number, lang: string): string {
  return formatSignificant(value, { digits: 6, locale: lang });
}

function expectation(expected: UrlExpectation, lang: string): string {
  const t = pageLabelsFor(lang);
  const n = (value: number) => noteNumber(value, lang);
  switch (expected.kind) {
    case "number":
      return t.expectNumber(n(expected.min), n(expected.max));
    case "pair":
      return t.expectPair(n(expected.x[0]), n(expected.x[1]), n(expected.y[0]), n(expected.y[1]));
    case "boolean":
      return t.expectBoolean;
    case "choice":
      return t.expectChoice(expected.choices.join(", "));
    case "formula":
      return t.expectFormula(translateProblem(expected.problem, lang));
    case "combination":
      return t.expectCombination(expected.with);
    case "unknown":
      return expected.known.join(", ");
  }
}

/**
 * The sentences a widget page shows for the notes of {@link readWidgetUrl}, in the page's
 * language: what each value should have been and what the widget shows instead.
 */
export function noteTexts<S>(
  spec: WidgetUrlSpec<S>,
  notes: readonly UrlNote[],
  lang: string,
): string[] {
  const t = pageLabelsFor(lang);
  return notes.map((note) => {
    if (note.expected.kind === "unknown")
      return t.unknownParam(note.param, expectation(note.expected, lang));
    const entry = spec.params.find((p) => p.name === note.param);
    const fallback = entry ? spec.defaults[entry.key] : undefined;
    const written =
      fallback === undefined || entry === undefined
        ? t.itsDefault
        : `${note.param}=${(entry.kind as UrlKind<unknown>).write(fallback)}`;
    return t.badValue(note.param, note.value, expectation(note.expected, lang), written);
  });
}
