/**
 * The script of `dist/pages/chain-rule.html`: the chain-rule widget alone (an ES module whose
 * formulas' KaTeX is a chunk loaded after the first paint).
 */
import { ChainPart } from "./ChainPart";
import { mountPage, onlyWidget } from "./mountPage";

mountPage(onlyWidget(ChainPart), ["chain-rule"]);
