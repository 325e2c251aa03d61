"use client";
import { createContext, createElement, useContext, useMemo } from "react";
import type { ReactNode } from "react";
import type { Locale, LocaleInput } from "../i18n/locale";
import { LOCALES, resolveLocale } from "../i18n/locale";

/** The language of the widgets below; English unless a `LocaleProvider` says otherwise. Internal. */
export const LocaleContext = createContext<Locale>(LOCALES.en);

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
export function LocaleProvider({ locale, children }: LocaleProviderProps) {
  const value = useMemo(() => resolveLocale(locale), [locale]);
  return createElement(LocaleContext.Provider, { value }, children);
}

/** The current language: `code` for number formatting and `labels` for text. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}
