/**
 * KaTeX's stylesheet for the custom elements: its rules for the shadow roots and its font faces
 * for the document. A chunk of its own in the embed bundle, loaded after the widget's first paint
 * (`loadKatexStyles` in shadowStyles.ts), as KaTeX's code is.
 */
import katexCss from "katex/dist/katex.min.css?raw";

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

/** KaTeX's rules without its font faces (which a shadow root ignores). */
export function katexRules(): string {
  return katexCss.replace(FONT_FACE, "");
}

/** KaTeX's font faces, each reduced to its woff2 file under `fonts` (a URL ending in `/`). */
export function fontFaces(fonts: string): string {
  return (katexCss.match(FONT_FACE) ?? [])
    .map((face) =>
      face.replace(/src:[^;}]*url\(fonts\/([\w-]+\.woff2)\)[^;}]*/, (_, file: string) => {
        return `src:url(${JSON.stringify(new URL(file, fonts).href)}) format("woff2")`;
      }),
    )
    .join("\n");
}
