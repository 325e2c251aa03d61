import type { Language } from "./language";
import type { Locale } from "./locale";
import { chainLabels } from "./chainLabels";
import { chainFr } from "./chainLabelsFr";
import { en } from "./en";
import { fr } from "./fr";
import { gradientLabels } from "./gradientLabels";
import { gradientFr } from "./gradientLabelsFr";
import { lessonLabels } from "./lessonLabels";
import { lessonFr } from "./lessonLabelsFr";

/**
 * One widget family's words with the tag of its numbers: what a model or view of that family
 * reads. A complete `Locale` is one of each, so the public API's `Locale` goes anywhere these go.
 * Each getter below names its own two tables and nothing else: a bundle that calls only
 * `secantWords` carries neither the chain rule's nor the gradient's words (checked by
 * `scripts/size.mjs`).
 */
export type SecantWords = Pick<Locale, "code" | "labels">;
export type ChainWords = Pick<Locale, "code" | "chain">;
export type GradientWords = Pick<Locale, "code" | "gradient">;
export type LessonWords = Pick<Locale, "code" | "lesson">;

/** English words of each family, for models called without a locale. */
export const SECANT_EN: SecantWords = { code: "en", labels: en };
export const CHAIN_EN: ChainWords = { code: "en", chain: chainLabels };
export const GRADIENT_EN: GradientWords = { code: "en", gradient: gradientLabels };

/**
 * One cache per family: the same language gives the same object (React memos depend on it).
 * Called with a pure annotation, so that a bundle drops the families it never asks for.
 */
function cachedBy<T>(make: (language: Language) => T): (language: Language) => T {
  const cache = new WeakMap<Language, T>();
  return (language) => {
    let words = cache.get(language);
    if (words === undefined) {
      words = make(language);
      cache.set(language, words);
    }
    return words;
  };
}

/** The primitives' and the secant explorer's words in `language`. */
export const secantWords = /* @__PURE__ */ cachedBy<SecantWords>(
  (l) => l.own ?? { code: l.code, labels: l.french ? fr : en },
);
/** The chain-rule widget's words in `language`. */
export const chainWords = /* @__PURE__ */ cachedBy<ChainWords>(
  (l) => l.own ?? { code: l.code, chain: l.french ? chainFr : chainLabels },
);
/** The gradient widget's words in `language`. */
export const gradientWords = /* @__PURE__ */ cachedBy<GradientWords>(
  (l) => l.own ?? { code: l.code, gradient: l.french ? gradientFr : gradientLabels },
);
/** The lesson blocks' words in `language`. */
export const lessonWords = /* @__PURE__ */ cachedBy<LessonWords>(
  (l) => l.own ?? { code: l.code, lesson: l.french ? lessonFr : lessonLabels },
);
