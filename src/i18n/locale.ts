import type { ChainLabels } from "./chainLabels";
import { chainLabels } from "./chainLabels";
import { chainFr } from "./chainLabelsFr";
import { BoundedCache, LANGUAGE_CACHE_LIMIT } from "./boundedCache";
import { canonicalTag, isEnglish } from "./formatNumber";
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
 * Never throws.
 */
export function resolveLocale(input?: LocaleInput | null): Locale {
  if (input && typeof input === "object") return input;
  if (typeof input !== "string" || !input.trim()) return LOCALES.en;
  const tag = canonicalTag(input);
  if (tag === null) {
    warnUnknownTag(input);
    return LOCALES.en;
  }
  const base = tag.toLowerCase().split("-")[0];
  const known = base === "fr" ? LOCALES.fr : LOCALES.en;
  return known.code === tag ? known : { ...known, code: tag };
}

/** The part of Node's `process` a bundler may define (as in hooks/development.ts). */
declare const process: { env: { NODE_ENV?: string } };

/** Read as in hooks/development.ts (i18n sits below hooks): the literal bundlers replace. */
function inDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== "production";
  } catch {
    return true;
  }
}

/** Tags already warned about, bounded. */
const warned = new BoundedCache<string, true>(LANGUAGE_CACHE_LIMIT);

/** In development, once per distinct tag: this tag is not a language, English is used. */
function warnUnknownTag(tag: string): void {
  if (!inDevelopment()) return;
  if (warned.get(tag)) return;
  warned.set(tag, true);
  console.warn(
    `slopes: the locale ${JSON.stringify(tag)} is not a language tag Intl accepts ` +
      `(write e.g. "en", "fr" or "fr-CA"); English is used.`,
  );
}

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
