"use client";
import type { ReactNode } from "react";
import { createContext, useContext, useMemo } from "react";
import type { FormatNumberOptions } from "../i18n/format";
import { formatNumber } from "../i18n/format";
import type { LessonLabels } from "../i18n/lesson";
import { lessonLabels } from "../i18n/lesson";

/** What the lesson blocks read from {@link LessonLabelsProvider}. */
export interface LessonLanguage {
  /** Every word the blocks show. */
  labels: LessonLabels;
  /** BCP 47 language tag for numbers. */
  locale: string;
  /** A number as the reader sees it, in this locale. */
  format: (value: number, options?: Omit<FormatNumberOptions, "locale">) => string;
}

function languageOf(labels: LessonLabels, locale: string): LessonLanguage {
  return {
    labels,
    locale,
    format: (value, options) => formatNumber(value, { ...options, locale }),
  };
}

const LessonLanguageContext = createContext<LessonLanguage>(languageOf(lessonLabels, "en"));

/** Props of {@link LessonLabelsProvider}. */
export interface LessonLabelsProviderProps {
  /** The label table, e.g. a French one with the keys of `lessonLabels`. @default lessonLabels */
  labels?: LessonLabels | undefined;
  /** BCP 47 language tag for numbers (French readers see 0,5). @default "en" */
  locale?: string | undefined;
  children?: ReactNode;
}

/**
 * Sets the words and the number format of every lesson block inside it. `Lesson` takes the
 * same two props and sets them for its content; use this provider for blocks outside a lesson.
 */
export function LessonLabelsProvider({
  labels = lessonLabels,
  locale = "en",
  children,
}: LessonLabelsProviderProps) {
  const value = useMemo(() => languageOf(labels, locale), [labels, locale]);
  return <LessonLanguageContext value={value}>{children}</LessonLanguageContext>;
}

/** The labels, locale and number formatter of the nearest {@link LessonLabelsProvider}. */
export function useLessonLanguage(): LessonLanguage {
  return useContext(LessonLanguageContext);
}
