/**
 * The script of `dist/pages/gradient.html`: the gradient widget alone (an ES module whose
 * formulas' KaTeX is a chunk loaded after the first paint).
 */
import { GradientPart } from "./GradientPart";
import { mountPage, onlyWidget } from "./mountPage";

mountPage(onlyWidget(GradientPart), ["gradient"]);
