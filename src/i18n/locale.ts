import type { ChainLabels } from "./chainLabels";
import { chainLabels } from "./chainLabels";
import { chainFr } from "./chainLabelsFr";
import { BoundedCache, LANGUAGE_CACHE_LIMIT } from "./boundedCache";
import { canonicalTag, isEnglish } from "./formatNumber";
import type { Language } from "./language";
import { resolveLanguage } from "./language";
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
 * for fr-CA), `"fr_FR"` French with the code `"fr-FR"` (`_` is read as `-`), another valid tag
 * English words with that tag's numbers, and a missing or empty tag English. A tag `Intl`
 * refuses (`"français"`) gives English too, with one development warning per distinct tag.
 * Never throws. Holds every widget's words in both languages: the widgets themselves look up
 * only their own (`catalogs.ts`).
 */
export function resolveLocale(input?: LocaleInput | null): Locale {
  return localeOf(resolveLanguage(input));
}

/** The complete `Locale` of a language (the same object for the same language). */
export function localeOf(language: Language): Locale {
  if (language.own) return language.own;
  const known = language.french ? LOCALES.fr : LOCALES.en;
  if (known.code === language.code) return known;
  let locale = tagged.get(language);
  if (!locale) {
    locale = { ...known, code: language.code };
    tagged.set(language, locale);
  }
  return locale;
}
const tagged = new WeakMap<Language, Locale>();

/** TeX numbers written for a language: `0.5` becomes `0{,}5` in French. */
export function localizeTeX(tex: string, locale: LocaleInput): string {
  const code = typeof locale === "string" ? locale : locale.code;
  return usesDecimalComma(code) ? tex.replace(/(\d)\.(\d)/g, "$1{,}$2") : tex;
}

/** Whether the language writes 0,5 rather than 0.5 (asked of Intl, cached; false for a tag Intl refuses). */
export function usesDecimalComma(code: string): boolean {
  if (isEnglish(code)) return false;
  let known = commaCache.get(code);
  if (known === undefined) {
    const tag = canonicalTag(code);
    known = tag !== null && new Intl.NumberFormat(tag).format(0.5).includes(",");
    commaCache.set(code, known);
  }
  return known;
}
const commaCache = new BoundedCache<string, boolean>(LANGUAGE_CACHE_LIMIT);

/** How many decimal-comma answers are cached now (for tests of the bound). */
export function cachedCommaCount(): number {
  return commaCache.size;
}
