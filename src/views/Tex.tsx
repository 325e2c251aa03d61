"use client";
import { memo, useEffect, useState } from "react";
import katex from "katex";
import { useLocale } from "../hooks/useLocale";
import { translateProblem } from "../i18n/problems";
import { MAX_TEX_LENGTH, overBudget } from "../math/budgets";

/** Props of {@link Tex}. */
export interface TexProps {
  /** The formula in TeX, e.g. `"f'(x) = 2x"`. */
  tex: string;
  /** Display (block, centred) instead of inline. @default false */
  display?: boolean | undefined;
  /** Extra class on the wrapper. */
  className?: string | undefined;
}

/** KaTeX settings shared by every formula: safe and accessible. */
export const KATEX_OPTIONS = {
  throwOnError: false,
  trust: false,
  strict: "ignore",
  output: "htmlAndMathml",
  maxSize: 20,
  maxExpand: 500,
} as const;

const CACHE_LIMIT = 500;
/** Most characters of markup the cache keeps (KaTeX writes about 50 per character of TeX). */
const CACHE_CHARACTERS = 4_000_000;
const cache = new Map<string, string>();
let cachedCharacters = 0;

/**
 * The markup KaTeX produces for a formula, memoised across every `Tex` of the page (a readout
 * re-renders the same formulas on each frame of a drag). Malformed TeX gives KaTeX's own error
 * text, never an exception; `\href`, `\url` and friends stay inert (`trust: false`).
 */
export function renderTex(tex: string, display = false): string {
  const key = `${display ? "D" : "I"}${tex}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let html: string;
  try {
    html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display });
  } catch (error) {
    // Only internal limits (e.g. too deep nesting) reach here with throwOnError off.
    const message = error instanceof Error ? error.message : String(error);
    html = `<span class="katex-error" title="${escapeHtml(message)}">${escapeHtml(tex)}</span>`;
  }
  cache.set(key, html);
  cachedCharacters += html.length;
  while (cache.size > CACHE_LIMIT || (cachedCharacters > CACHE_CHARACTERS && cache.size > 1)) {
    const oldest = cache.keys().next().value as string;
    cachedCharacters -= cache.get(oldest)?.length ?? 0;
    cache.delete(oldest);
  }
  return html;
}

/**
 * A formula rendered by KaTeX, inline or display, with MathML for screen readers. KaTeX's CSS
 * (`katex/dist/katex.min.css`, part of `slopes/styles.css`) must be on the page.
 */
export const Tex = memo(function Tex({ tex, display = false, className }: TexProps) {
  const Tag = display ? "div" : "span";
  const { code } = useLocale();
  // Past the engine's TeX budget KaTeX would hold the page: one line says so instead.
  const tooLong = tex.length > MAX_TEX_LENGTH;
  const html = tooLong ? "" : renderTex(tex, display);
  const [element, setElement] = useState<HTMLElement | null>(null);
  const scrolls = useScrollsSideways(display && !tooLong ? element : null, html);
  if (tooLong) {
    const message = overBudget("tex-too-long", MAX_TEX_LENGTH).message;
    return (
      <Tag className={["slopes-tex", "slopes-tex-omitted", className].filter(Boolean).join(" ")}>
        {translateProblem(message, code)}
      </Tag>
    );
  }
  return (
    <Tag
      ref={display ? setElement : undefined}
      className={["slopes-tex", className].filter(Boolean).join(" ")}
      data-display={display ? "true" : undefined}
      // A display formula wider than its column scrolls sideways: keyboard users reach it too.
      tabIndex={scrolls ? 0 : undefined}
      // KaTeX output, built with trust: false from the formula: no user HTML passes through.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});

/**
 * Whether `element` is wider inside than outside: checked when `content` changes, when the
 * element resizes, and when fonts arrive (KaTeX's fonts widen a formula after its first layout).
 */
function useScrollsSideways(element: HTMLElement | null, content: string): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    if (!element) return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth);
    check();
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(check);
    observer?.observe(element);
    const fonts = element.ownerDocument.fonts as FontFaceSet | undefined; // absent in jsdom
    fonts?.addEventListener("loadingdone", check);
    return () => {
      observer?.disconnect();
      fonts?.removeEventListener("loadingdone", check);
    };
  }, [element, content]);
  return scrolls && element !== null;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
