// The part of slopes loaded after the first paint: KaTeX's code. Its stylesheet is in
// slopes/styles.css (no built module imports a stylesheet), and the fonts it names are fetched
// only for the formulas on the page. Imported only by `loadKatex()`.
import katex from "katex";

export { katex };
