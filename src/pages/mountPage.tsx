/**
 * Starts a widget page (`dist/pages/secant.html`, …): renders the widget named by
 * `<html data-widget="…">` into `#slopes-page`, its state read from the address. Each page's
 * script (`secantPage.tsx`, …) passes its own widget; the offline script (`main.tsx`) all three.
 */
import type { ComponentType } from "react";
import { createRoot } from "react-dom/client";
import { LocaleProvider } from "../hooks/useLocale";
import { WIDGET_NAMES } from "../models/widgetPages";
import type { WidgetName, WidgetPageStates } from "../models/widgetPages";
import type { PartProps } from "./follow";
import type { WidgetExplorerProps } from "./WidgetExplorer";
import { WidgetPage } from "./WidgetPage";

/**
 * One widget's part as a page's explorer, in the page's language (the page mounts it only for
 * that widget: see {@link mountPage}'s `draws`).
 */
export function onlyWidget<W extends WidgetName>(
  Part: ComponentType<PartProps<W>>,
): ComponentType<WidgetExplorerProps<WidgetName>> {
  return function OneWidget({ state, onStateChange }: WidgetExplorerProps<WidgetName>) {
    return (
      <LocaleProvider locale={state.lang}>
        <Part
          state={state as WidgetPageStates[W]}
          onStateChange={onStateChange as PartProps<W>["onStateChange"]}
        />
      </LocaleProvider>
    );
  };
}

/** Renders the page's widget with `explorer`, unless the page names a widget it does not draw. */
export function mountPage(
  explorer: ComponentType<WidgetExplorerProps<WidgetName>>,
  draws: readonly WidgetName[] = WIDGET_NAMES,
): void {
  const named = document.documentElement.dataset.widget;
  const widget = draws.find((name) => name === named);
  const container = document.getElementById("slopes-page");
  if (widget && container) {
    createRoot(container).render(<WidgetPage widget={widget} explorer={explorer} />);
  }
}
