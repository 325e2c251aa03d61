import type { ChainLabels } from "./chainLabels";
import { chainLabels } from "./chainLabels";
import { chainFr } from "./chainLabelsFr";
import { BoundedCache, LANGUAGE_CACHE_LIMIT } from "./boundedCache";
import { isEnglish } from "./formatNumber";
import type { Labels } from "./en";
import type { GradientLabels } from "./gradientLabels";
import { gradientLabels } from "./gradientLabels";
import { gradientFr } from "./gradientLabelsFr";
import type { LessonLabels } from "./lessonLabels";
import { lessonLabels } from "./lessonLabels";
import { lessonFr } from "./lessonLabelsFr";
import { en } from "./en";
import { fr } from "./fr";

/** A language for the widgets: its BCP 47 code (numbers are formatted for it) and its labels. */
export interface Locale {
  /** BCP 47 language tag, e.g. `"en"`, `"fr"`, `"fr-CA"`. */
  readonly code: string;
  /** Labels and messages of the primitives and the secant explorer. */
  readonly labels: Labels;
  /** Labels and messages of the chain-rule widget. */
  readonly chain: ChainLabels;
  /** Labels and messages of the gradient widget. */
  readonly gradient: GradientLabels;
  /** Labels of the lesson blocks. */
  readonly lesson: LessonLabels;
}

/**
 * What a prop or option named `locale` accepts everywhere in slopes: a BCP 47 language tag
 * (`"fr"`, `"fr-CA"`) or a complete `Locale` of your own.
 */
export type LocaleInput = string | Locale;

/** The languages slopes ships. */
export const LOCALES: Readonly<Record<"en" | "fr", Locale>> = {
  en: {
    code: "en",
    labels: en,
    chain: chainLabels,
    gradient: gradientLabels,
    lesson: lessonLabels,
  },
  fr: { code: "fr", labels: fr, chain: chainFr, gradient: gradientFr, lesson: lessonFr },
};

/**
 * The locale for a language tag or a ready `Locale`: `"fr-CA"` gives French (numbers formatted
 * for fr-CA), an unknown or missing language gives English.
 */
export function resolveLocale(input?: LocaleInput | null): Locale {
  if (input && typeof input === "object") return input;
  const tag = typeof input === "string" && input.trim() ? input.trim() : "en";
  const base = tag.toLowerCase().split(/[-_]/)[0];
  const known = base === "fr" ? LOCALES.fr : LOCALES.en;
  return known.code === tag ? known : { ...known, code: safeTag(tag, known.code) };
}

/** `tag` if Intl accepts it, else `fallback`. */
function safeTag(tag: string, fallback: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? fallback;
  } catch {
    return fallback;
  }
}

/** TeX numbers written for a language: `0.5` becomes `0{,}5` in French. */
export function localizeTeX(tex: string, locale: LocaleInput): string {
  const code = typeof locale === "string" ? locale : locale.code;
  return usesDecimalComma(code) ? tex.replace(/(\d)\.(\d)/g, "$1{,}$2") : tex;
}

/** Whether the language writes 0,5 rather than 0.5 (asked of Intl, cached). */
export function usesDecimalComma(code: string): boolean {
  if (isEnglish(code)) return false;
  let known = commaCache.get(code);
  if (known === undefined) {
    known = new Intl.NumberFormat(code).format(0.5).includes(",");
    commaCache.set(code, known);
  }
  return known;
}
const commaCache = new BoundedCache<string, boolean>(LANGUAGE_CACHE_LIMIT);

/** How many decimal-comma answers are cached now (for tests of the bound). */
export function cachedCommaCount(): number {
  return commaCache.size;
}
