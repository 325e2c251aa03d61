import type { ReactNode } from "react";
import { LocaleProvider } from "../hooks/useLocale";

/**
 * The element's `lang` attribute (or the page's `<html lang>`) as the widget's language:
 * `lang="fr"` gives French labels and 0,5.
 */
export function WithLanguage({
  lang,
  children,
}: {
  lang?: string | undefined;
  children: ReactNode;
}) {
  const page = typeof document === "undefined" ? undefined : document.documentElement.lang;
  return <LocaleProvider locale={lang || page || "en"}>{children}</LocaleProvider>;
}
