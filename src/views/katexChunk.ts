// The part of slopes loaded after the first paint: KaTeX and its stylesheet (whose fonts the
// browser fetches only for the formulas on the page). Imported only by `loadKatex()`.
import katex from "katex";
import "katex/dist/katex.min.css";

export { katex };
