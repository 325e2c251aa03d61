/// <reference types="vite/client" />
/**
 * The styles of an element's shadow root: KaTeX's rules and the slopes theme, made proof against
 * the host page. A page's stylesheet does not cross the shadow boundary, but three things still
 * would: inherited properties (font, line height, colour, letter spacing… of the host's body),
 * `rem` (the page's `html { font-size }`) and `@font-face`, which a shadow root ignores. So the
 * element's root resets every inherited property (`all: initial`, which leaves custom properties
 * alone), `rem` is read as the reader's default font size (`--slopes-rem`, measured once), and
 * KaTeX's font faces are declared in the document, once. KaTeX's rules and faces come once KaTeX's
 * code has (`katexStyles.ts`, a chunk of their own; KaTeX's code is asked for after the widget's
 * first paint): until then a typeset formula stays hidden. The theme's defaults move from
 * declarations on `.slopes` into `var()` fallbacks, so a `--slopes-*` property set by the page on
 * the element or on any ancestor reaches the widget.
 */
import themeCss from "../theme/styles.css?inline";

/** Class of the element's root inside its shadow root. */
export const SHADOW_ROOT_CLASS = "slopes slopes-shadow-root";

/**
 * The rules that make the root inside the shadow root start from nothing the host set; a term
 * inside the author's prose is the exception: it takes the words' font and colour.
 */
const HOST_RULES = `:host{display:block}:host([hidden]){display:none}
.slopes-shadow-root{all:initial;display:block;color-scheme:light dark;color:var(--slopes-fg);font-family:var(--slopes-font)}
:host(slopes-term){display:inline}:host(slopes-term) .slopes-shadow-root{all:inherit;display:inline}`;

/** Until KaTeX's rules arrive, its markup (MathML beside HTML) would show twice: hidden. */
const KATEX_PENDING = ".katex{visibility:hidden}";
const UNTOUCHED = new Set(["stylesheet"]);

/** `1.5rem` → `calc(1.5*var(--slopes-rem,16px))`: sizes that ignore the page's root font size. */
export function remless(css: string): string {
  return css.replace(
    /(^|[^\w.-])(-?(?:\d+\.?\d*|\.\d+))rem\b/g,
    (_, before: string, size: string) => `${before}calc(${size}*var(--slopes-rem,16px))`,
  );
}

/**
 * Moves the custom properties declared by the first `.slopes{…}` rule into fallbacks of every
 * `var()` that reads them, so values inherited from the host win over the defaults.
 */
export function inheritableTheme(source: string): string {
  // Comments out first: the theme's own comment shows a `.slopes { … }` rule.
  const css = source.replace(/\/\*[\s\S]*?\*\//g, "");
  const root = /(^|[}\s])\.slopes\s*\{([^}]*)\}/.exec(css);
  if (!root) return css;
  const defaults = new Map<string, string>();
  const kept = root[2]!.replace(
    /--slopes-([\w-]+)\s*:\s*([^;}]+);?/g,
    (declaration, name, value) => {
      if (UNTOUCHED.has(name)) return declaration;
      defaults.set(name, (value as string).trim());
      return "";
    },
  );
  const expand = (text: string, depth = 0): string =>
    text.replace(/var\(--slopes-([\w-]+)\)/g, (call, name: string) => {
      const fallback = defaults.get(name);
      return fallback === undefined || depth > 8
        ? call
        : `var(--slopes-${name},${expand(fallback, depth + 1)})`;
    });
  const start = root.index + root[1]!.length;
  const rewritten = `${css.slice(0, start)}.slopes{${kept}}${css.slice(start + root[0].length - root[1]!.length)}`;
  return expand(rewritten);
}

/**
 * The whole stylesheet of a shadow root, given KaTeX's rules (`katexRules()`) once they have
 * arrived; without them, formulas are hidden.
 */
export function shadowCss(katex = ""): string {
  return [katex || KATEX_PENDING, inheritableTheme(remless(themeCss)), HOST_RULES].join("\n");
}

let shared: CSSStyleSheet | undefined;
/** The `<style>` of each shadow root where constructed sheets are missing (jsdom). */
const fallbacks = new Set<HTMLStyleElement>();
let katex: Promise<unknown> | undefined;
/** KaTeX's rules once they have arrived (they may arrive before the first element exists). */
let katexCss = "";

/** Gives a shadow root the styles (one constructed sheet shared by every element). */
export function adoptStyles(shadow: ShadowRoot): void {
  if ("adoptedStyleSheets" in shadow && typeof CSSStyleSheet.prototype.replaceSync === "function") {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(shadowCss(katexCss));
    }
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, shared];
    return;
  }
  // jsdom and old browsers: a <style> of its own.
  const style = shadow.ownerDocument.createElement("style");
  style.textContent = shadowCss(katexCss);
  fallbacks.add(style);
  shadow.prepend(style);
}

/**
 * Loads KaTeX's rules into every shadow root and, when `fonts` (the folder of its woff2 files)
 * is known, declares its faces in `document`. Once per page; fetched with KaTeX's code.
 */
export function loadKatexStyles(document: Document, fonts: string | undefined): Promise<unknown> {
  katex ??= import("./katexStyles").then(
    ({ katexRules, fontFaces }) => {
      katexCss = katexRules();
      const css = shadowCss(katexCss);
      shared?.replaceSync(css);
      for (const style of fallbacks) style.textContent = css;
      if (fonts && typeof CSSStyleSheet.prototype.replaceSync === "function") {
        declareFonts(document, fontFaces(fonts));
      }
    },
    (error: unknown) => {
      katex = undefined; // offline: the next load of KaTeX tries again
      throw error;
    },
  );
  return katex;
}

const declared = new WeakSet<Document>();

/** Whether a stylesheet of the page (`slopes-embed.css`, `slopes/styles.css`) declares KaTeX's fonts. */
function pageHasKatexFonts(document: Document): boolean {
  const fonts = document.fonts as FontFaceSet | undefined;
  if (!fonts) return true; // jsdom: nothing to load
  for (const face of fonts) if (face.family.replace(/["']/g, "") === "KaTeX_Main") return true;
  return false;
}

/**
 * Declares KaTeX's font faces (`fontFaces(fonts)`) in the document, once, unless the page already
 * does (a shadow root ignores `@font-face`). The fonts are the woff2 files in `fonts/` beside the
 * bundle, fetched by the browser only when a glyph needs one. Decided once the page has loaded,
 * when its stylesheets have.
 */
function declareFonts(document: Document, faces: string): void {
  if (declared.has(document)) return;
  declared.add(document);
  const declare = () => {
    if (pageHasKatexFonts(document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(faces);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };
  if (document.readyState === "complete" || !document.defaultView) declare();
  else document.defaultView.addEventListener("load", declare, { once: true });
}

/**
 * The reader's default font size (`medium`) in px, which the element's root has under
 * `all: initial`; `rem` inside the shadow root means this, not the page's root font size.
 */
export function measureRem(root: HTMLElement): void {
  const size = getComputedStyle(root).fontSize;
  if (/^\d+(\.\d+)?px$/.test(size)) root.style.setProperty("--slopes-rem", size);
}
