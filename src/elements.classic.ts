/**
 * The classic-script build of `slopes/embed` (`dist/embed/slopes-embed.classic.js`, an IIFE),
 * for hosts that strip `type="module"` and for pages opened from `file://`, where Chromium runs no
 * module: one file, every element and KaTeX inside (KaTeX still typesets after the first paint).
 * What it exports is the global `slopesEmbed`. It records its own address while it runs
 * (`document.currentScript` is known only then), so that the elements find KaTeX's fonts in
 * `fonts/` beside it.
 */
import { defineLessonElements } from "./lesson/elements/index";
import { recordBundleUrl } from "./embed/bundleUrl";

export * from "./embed/index";

if (typeof document !== "undefined" && document.currentScript instanceof HTMLScriptElement) {
  recordBundleUrl(document.currentScript.src);
}
if (typeof customElements !== "undefined") defineLessonElements();
