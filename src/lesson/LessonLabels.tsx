"use client";
import type { ReactNode } from "react";
import { createContext, useContext, useMemo } from "react";
import type { FormatNumberOptions } from "../i18n/formatNumber";
import { formatNumber } from "../i18n/formatNumber";
import type { LessonLabels } from "../i18n/lessonLabels";
import type { LocaleInput } from "../i18n/locale";
import { resolveLanguage } from "../i18n/language";
import { useLessonWords } from "../hooks/useLocale";

/** What the lesson blocks read from {@link LessonLabelsProvider}. */
export interface LessonLanguage {
  /** Every word the blocks show. */
  labels: LessonLabels;
  /** BCP 47 language tag of the numbers. */
  code: string;
  /** A number as the reader sees it, in this locale. */
  format: (value: number, options?: Omit<FormatNumberOptions, "locale">) => string;
}

function languageOf(labels: LessonLabels, code: string): LessonLanguage {
  return {
    labels,
    code,
    format: (value, options) => formatNumber(value, { ...options, locale: code }),
  };
}

/** Set only by an explicit provider; otherwise the blocks follow the page's `LocaleProvider`. */
const LessonLanguageContext = createContext<LessonLanguage | null>(null);

/** Props of {@link LessonLabelsProvider}. */
export interface LessonLabelsProviderProps {
  /** The label table, e.g. your own with the keys of `lessonLabels`. @default the `LocaleProvider`'s */
  labels?: LessonLabels | undefined;
  /**
   * Language of the numbers (French readers see 0,5): a language tag or a `Locale`.
   * @default the `LocaleProvider`'s
   */
  locale?: LocaleInput | undefined;
  children?: ReactNode;
}

/**
 * Overrides the words and the number format of the lesson blocks inside it. Usually not needed:
 * the blocks follow the page's `LocaleProvider` (English and French built in). `Lesson` takes the
 * same two props.
 */
export function LessonLabelsProvider({ labels, locale, children }: LessonLabelsProviderProps) {
  const page = useLessonWords();
  const outer = useContext(LessonLanguageContext);
  const chosenLabels = labels ?? outer?.labels ?? page.lesson;
  const chosenLocale =
    locale === undefined ? (outer?.code ?? page.code) : resolveLanguage(locale).code;
  const value = useMemo(() => languageOf(chosenLabels, chosenLocale), [chosenLabels, chosenLocale]);
  return <LessonLanguageContext.Provider value={value}>{children}</LessonLanguageContext.Provider>;
}

/**
 * The labels, locale and number formatter of the nearest {@link LessonLabelsProvider}, or of the
 * page's `LocaleProvider` when there is none.
 */
export function useLessonLanguage(): LessonLanguage {
  const own = useContext(LessonLanguageContext);
  const page = useLessonWords();
  return useMemo(() => own ?? languageOf(page.lesson, page.code), [own, page]);
}
