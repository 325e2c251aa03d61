"use client";
import { memo, useEffect, useLayoutEffect, useState, useSyncExternalStore } from "react";
import { useLocaleCode } from "../hooks/useLocale";
import { translateProblem } from "../i18n/problems";
import { MAX_TEX_LENGTH, overBudget } from "../math/budgets";
import type { KatexEngine } from "./katexEngine";
import { loadKatex, loadedKatex, subscribeKatex } from "./katexEngine";
import { reservedHeightEm } from "./texReserve";
import { texToText } from "./texText";

const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

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
function renderTex(katex: KatexEngine, tex: string, display: boolean): string {
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

/** The formula as plain text, shown until KaTeX arrives. */
function placeholder(tex: string): string {
  return `<span class="slopes-tex-text">${escapeHtml(texToText(tex))}</span>`;
}

/**
 * A formula rendered by KaTeX, inline or display, with MathML for screen readers.
 *
 * KaTeX is not part of the first paint in a browser: until it arrives (requested after the
 * first frame, {@link loadKatex}) the formula shows as plain text in a box that keeps the
 * formula's place. On a server (Node) KaTeX is at hand and the HTML carries the typeset formula;
 * hydration keeps that markup until KaTeX has loaded on the client, then writes the same markup.
 */
export const Tex = memo(function Tex({ tex, display = false, className }: TexProps) {
  const Tag = display ? "div" : "span";
  const code = useLocaleCode();
  const katex = useSyncExternalStore(subscribeKatex, loadedKatex, loadedKatex);
  // Past the engine's TeX budget KaTeX would hold the page: one line says so instead.
  const tooLong = tex.length > MAX_TEX_LENGTH;
  const pending = katex === null && !tooLong;
  const html = tooLong ? "" : katex ? renderTex(katex, tex, display) : placeholder(tex);
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [generation, setGeneration] = useState(0);
  const scrolls = useScrollsSideways(display && !tooLong ? element : null, html);
  useEffect(() => {
    if (pending) return requestKatexAfterPaint();
  }, [pending]);
  // Hydration keeps the server's markup (React never rewrites it). Had the server no KaTeX
  // while this page already has it, that markup is the plain text: start this formula afresh.
  useIsomorphicLayoutEffect(() => {
    if (!pending && element?.hasAttribute("data-pending")) setGeneration((g) => g + 1);
  }, [pending, element]);
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
      key={generation}
      ref={setElement}
      className={["slopes-tex", className].filter(Boolean).join(" ")}
      data-display={display ? "true" : undefined}
      data-pending={pending ? "true" : undefined}
      // A display formula's place is kept from the first paint: no jump when KaTeX arrives.
      style={display ? { minHeight: `${reservedHeightEm(tex)}em` } : undefined}
      // A display formula wider than its column scrolls sideways: keyboard users reach it too.
      tabIndex={scrolls ? 0 : undefined}
      // Server HTML typeset by KaTeX stays as it is while this page still waits for KaTeX.
      suppressHydrationWarning
      // KaTeX output, built with trust: false from the formula, or the escaped plain text: no
      // user HTML passes through.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});

/** Asks for KaTeX once the current frame has been painted; returns the cancel function. */
function requestKatexAfterPaint(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    // The rAF callback runs before the paint; a task queued from it runs after.
    timer = setTimeout(() => {
      loadKatex().catch(() => {
        // Offline or blocked: the formulas stay as plain text; the next widget tries again.
      });
    }, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Whether `element` is wider inside than outside: checked when `content` changes, when the
 * element resizes, and when fonts arrive (KaTeX's fonts widen a formula after its first layout).
 */
function useScrollsSideways(element: HTMLElement | null, content: string): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    if (!element) return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth);
    // A new observation is reported after the next layout (once the element has a size): no
    // layout forced here (a direct check before the first paint cost 8 ms of forced layout).
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(check);
    if (observer) observer.observe(element);
    else check();
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
