"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ComponentType } from "react";
import { pageLabelsFor } from "../i18n/pageLabels";
import { resolveLocale } from "../i18n/locale";
import { noteTexts } from "../models/urlNotes";
import type { PageTheme, WidgetName, WidgetPageStates } from "../models/widgetPages";
import { WIDGET_PAGES } from "../models/widgetPages";
import { readWidgetUrl, writeWidgetUrl } from "../models/widgetUrl";
import type { WidgetUrlSpec } from "../models/widgetUrl";
import { postHeight } from "./heightMessage";
import { urlSync } from "./urlSync";
import type { UrlSync } from "./urlSync";
import type { WidgetExplorerProps } from "./WidgetExplorer";

/** Props of {@link WidgetPage}. */
export interface WidgetPageProps {
  widget: WidgetName;
  /**
   * What draws the widget: `WidgetExplorer` (any of the three), or one widget alone
   * (`onlyWidget(SecantPart)`), so that a page's script carries only its own widget.
   */
  explorer: ComponentType<WidgetExplorerProps<WidgetName>>;
  /** The window whose address holds the state. @default window */
  win?: Window | undefined;
}

/** The widget's title in the page's language, for the document's title. */
export function pageTitle(widget: WidgetName, lang: string): string {
  const locale = resolveLocale(lang);
  const title =
    widget === "secant"
      ? locale.labels.secantTitle
      : widget === "chain-rule"
        ? locale.chain.title
        : locale.gradient.title;
  return `${title} · slopes`;
}

/** The document's language, theme and title, from the page's state. */
function dressDocument(doc: Document, widget: WidgetName, lang: string, theme: PageTheme): void {
  doc.documentElement.lang = lang;
  if (theme === "auto") delete doc.documentElement.dataset.theme;
  else doc.documentElement.dataset.theme = theme;
  doc.title = pageTitle(widget, lang);
}

/**
 * A widget page (`pages/secant.html?x=1.5&h=0.01`): the whole state read from the address,
 * the notes about values it could not use, the widget, the address kept up to date as the
 * reader moves things (replaced, never pushed) and, in a frame, its height sent to the parent.
 */
export function WidgetPage({ widget, explorer: Explorer, win = window }: WidgetPageProps) {
  const spec = WIDGET_PAGES[widget] as WidgetUrlSpec<WidgetPageStates[typeof widget]>;
  const [{ state, notes }] = useState(() => readWidgetUrl(spec, win.location.search));
  const sync = useRef<UrlSync | null>(null);
  const root = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const started = urlSync(win);
    sync.current = started;
    return () => {
      started.stop();
      sync.current = null;
    };
  }, [win]);
  useEffect(
    () => dressDocument(win.document, widget, state.lang, state.theme),
    [win, widget, state.lang, state.theme],
  );
  useEffect(
    () => (root.current ? postHeight(widget, root.current, win) : undefined),
    [widget, win],
  );
  const onStateChange = useCallback(
    (next: WidgetPageStates[WidgetName]) => sync.current?.write(writeWidgetUrl(spec, next)),
    [spec],
  );
  const texts = noteTexts(spec, notes, state.lang);
  return (
    <div ref={root} className="slopes slopes-page">
      {texts.length > 0 ? (
        <section className="slopes-page-notes" aria-label={pageLabelsFor(state.lang).notes}>
          {texts.map((text) => (
            <p key={text} className="slopes-message" role="note">
              {text}
            </p>
          ))}
        </section>
      ) : null}
      <Explorer widget={widget} state={state} onStateChange={onStateChange} />
    </div>
  );
}
