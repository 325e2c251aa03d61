"use client";
import type { ReactNode } from "react";
import { LocaleProvider } from "../../hooks/useLocale";

/** What every lesson element's component gets from its custom element. */
export interface LessonElementProps {
  /** The custom element, whose child markup the block reads. */
  host: HTMLElement;
  /** Changes whenever that markup changes. */
  version: number;
  lang?: string;
  theme?: string;
}

/**
 * The language (the element's `lang`, else the nearest ancestor's, else English) and the colour
 * theme of a lesson block written in HTML.
 */
export function LessonElementFrame({
  host,
  lang,
  theme,
  children,
  inline = false,
}: LessonElementProps & { children: ReactNode; inline?: boolean }) {
  const language = lang || host.closest("[lang]")?.getAttribute("lang") || "en";
  const pinned = theme === "light" || theme === "dark" ? theme : undefined;
  const Root = inline ? "span" : "div";
  return (
    <LocaleProvider locale={language}>
      <Root className="slopes" data-theme={pinned} lang={language}>
        {children}
      </Root>
    </LocaleProvider>
  );
}
