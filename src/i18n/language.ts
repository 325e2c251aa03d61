import { BoundedCache, LANGUAGE_CACHE_LIMIT } from "./boundedCache";
import { canonicalTag } from "./formatNumber";
import type { Locale, LocaleInput } from "./locale";

/**
 * The reader's language as the widgets carry it (the value of the locale context): the tag that
 * formats numbers, whether the words are French, or a complete `Locale` the page gave. No label
 * table is in it: each widget family looks its own words up (`catalogs.ts`), so a page with one
 * explorer downloads that explorer's words only. Internal.
 */
export interface Language {
  /** BCP 47 tag, e.g. `"en"`, `"fr-CA"`. */
  readonly code: string;
  /** French words (the tag's language is `fr`); English otherwise. */
  readonly french: boolean;
  /** A complete `Locale` of the page's own, whose tables are used as they are. */
  readonly own?: Locale | undefined;
}

/** English, the language of a widget outside any `LocaleProvider`. */
export const ENGLISH: Language = { code: "en", french: false };

/**
 * The language for a tag or a ready `Locale`, read as `resolveLocale` documents it: `"fr-CA"`
 * French (numbers for fr-CA), `"fr_FR"` French with the tag `"fr-FR"`, another valid tag English
 * words with that tag's numbers, a missing or empty tag English, a tag `Intl` refuses English
 * with one development warning per distinct tag. Never throws.
 */
export function resolveLanguage(input?: LocaleInput | null): Language {
  if (input && typeof input === "object") return { code: input.code, french: false, own: input };
  if (typeof input !== "string" || !input.trim()) return ENGLISH;
  const tag = canonicalTag(input);
  if (tag === null) {
    warnUnknownTag(input);
    return ENGLISH;
  }
  if (tag === "en") return ENGLISH;
  return { code: tag, french: tag.toLowerCase().split("-")[0] === "fr" };
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
