/**
 * The script of `dist/pages/secant.html`: the secant widget alone (an ES module whose
 * formulas' KaTeX is a chunk loaded after the first paint).
 */
import { SecantPart } from "./SecantPart";
import { mountPage, onlyWidget } from "./mountPage";

mountPage(onlyWidget(SecantPart), ["secant"]);
