"use client";
import { createContext, createElement, useContext, useMemo } from "react";
import type { ReactElement, ReactNode } from "react";
import type { ChainWords, GradientWords, LessonWords, SecantWords } from "../i18n/catalogs";
import { chainWords, gradientWords, lessonWords, secantWords } from "../i18n/catalogs";
import type { Language } from "../i18n/language";
import { ENGLISH, resolveLanguage } from "../i18n/language";
import type { Locale, LocaleInput } from "../i18n/locale";
import { localeOf } from "../i18n/locale";

/**
 * The language of the widgets below; English unless a `LocaleProvider` says otherwise. It holds
 * no words: each widget family reads its own through the hooks below. Internal.
 */
export const LocaleContext = createContext<Language>(ENGLISH);

/** Props of {@link LocaleProvider}. */
export interface LocaleProviderProps {
  /** `"en"`, `"fr"`, any BCP 47 tag (`"fr-CA"`), or a complete `Locale` of your own. @default "en" */
  locale?: LocaleInput | undefined;
  children?: ReactNode;
}

/**
 * Sets the language of every slopes widget and block inside it: labels, messages, spoken value
 * texts, and numbers (French readers see 0,5).
 */
export function LocaleProvider({ locale, children }: LocaleProviderProps): ReactElement {
  const value = useMemo(() => resolveLanguage(locale), [locale]);
  return createElement(LocaleContext.Provider, { value }, children);
}

/**
 * The current language: `code` for number formatting and `labels` for text. Holds every
 * widget's words; slopes' own widgets read only theirs (`useSecantWords`, …), which keeps the
 * other widgets' words out of a page that has one.
 */
export function useLocale(): Locale {
  return localeOf(useContext(LocaleContext));
}

/** The tag numbers are written for (`"en"`, `"fr-CA"`). Internal. */
export function useLocaleCode(): string {
  return useContext(LocaleContext).code;
}

/** The primitives' and the secant explorer's words, and the numbers' tag. Internal. */
export function useSecantWords(): SecantWords {
  return secantWords(useContext(LocaleContext));
}

/** The chain-rule widget's words, and the numbers' tag. Internal. */
export function useChainWords(): ChainWords {
  return chainWords(useContext(LocaleContext));
}

/** The gradient widget's words, and the numbers' tag. Internal. */
export function useGradientWords(): GradientWords {
  return gradientWords(useContext(LocaleContext));
}

/** The lesson blocks' words, and the numbers' tag. Internal. */
export function useLessonWords(): LessonWords {
  return lessonWords(useContext(LocaleContext));
}
