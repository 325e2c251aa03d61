/**
 * The script of the widget pages (`dist/pages/secant.html`, …): renders the widget named by
 * `<html data-widget="…">` into `#slopes-page`, its state read from the address.
 */
import { createRoot } from "react-dom/client";
import { WIDGET_NAMES } from "../models/widgetPages";
import type { WidgetName } from "../models/widgetPages";
import { WidgetPage } from "./WidgetPage";

const named = document.documentElement.dataset.widget;
const widget = WIDGET_NAMES.find((name) => name === named);
const container = document.getElementById("slopes-page");
if (widget && container) createRoot(container).render(<WidgetPage widget={widget as WidgetName} />);
