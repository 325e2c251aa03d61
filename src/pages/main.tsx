/**
 * The script of the offline widget pages (`dist/pages/secant.offline.html`, …): one classic
 * script for the three widgets, which runs from `file://` too.
 */
import { mountPage } from "./mountPage";
import { WidgetExplorer } from "./WidgetExplorer";

mountPage(WidgetExplorer);
