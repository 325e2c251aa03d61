import type { GradientLabels } from "./gradientLabels";

/** `n pas affichés` / `1 pas affiché`: French puts 0 and 1 in the singular. */
function plural(n: number, word: string): string {
  return n > 1 ? `${word}s` : word;
}

/**
 * Libellés et messages en français du widget de gradient (`useGradientField`,
 * `GradientFieldView`, `GradientExplorer`). Les coordonnées d'un point ou d'un vecteur sont
 * séparées par un point-virgule, puisque la virgule sert déjà aux décimales : (0,5 ; 1).
 */
export const gradientFr: GradientLabels = {
  title: "Dérivées partielles et gradient",
  planeLabel: (cost) =>
    cost
      ? `Lignes de niveau de L = ${cost}, avec une sonde, le gradient et la direction de descente`
      : "Lignes de niveau du coût, avec une sonde, le gradient et la direction de descente",
  planeDescription:
    "Une ligne de niveau relie les points où le coût est le même. La flèche pleine est le gradient (la montée la plus raide) ; la flèche en tirets, à tête ouverte, est la direction de descente.",
  probe: "Sonde",
  gradientArrow: "∇L",
  descentArrow: "−∇L",
  gradientArrowName: (x, y) => `Gradient ∇L = (${x} ; ${y}), tourné vers la montée`,
  descentArrowName: (x, y) =>
    `Direction de descente −∇L = (${x} ; ${y}), tournée vers le bas de la pente`,
  notToScale: "flèche tracée plus longue qu'à l'échelle",
  legendGradient: "∇L : le gradient, direction de la montée la plus raide",
  legendDescent: "−∇L : la direction de descente (vers le bas)",
  legendTrajectory: "Descente de gradient à partir de la sonde, un point par pas",
  trajectoryName: (steps) => `Chemin de la descente de gradient depuis la sonde, ${steps} pas`,
  fieldName: "Champ de vecteurs du gradient",

  valueText: (w1, w2, cost, gx, gy, length) =>
    `${w1} ; ${w2} : L = ${cost}, gradient (${gx} ; ${gy}), pente maximale ${length}`,
  valueTextUndefined: (w1, w2) => `${w1} ; ${w2} : le coût n'est pas défini ici`,
  valueTextNoSlope: (w1, w2, cost) =>
    `${w1} ; ${w2} : L = ${cost}, le gradient n'est pas défini ici`,

  costLabel: "L =",
  costHelp: (a, b) =>
    `Tapez un coût qui dépend de ${a} et de ${b}, par exemple ${a}^2 + 2${b}^2 ou (${a} - 1)^2 + 10(${b} - ${a}^2)^2.`,
  costVariables: (found, allowed) =>
    `Ce coût dépend de ${found.length} variables (${found.join(", ")}) ; le paysage n'en a que deux, ${allowed[0]} et ${allowed[1]}.`,
  costStranger: (extra, allowed) =>
    `Ce coût fait appel à ${extra.join(" et ")} ; les deux variables du paysage sont ${allowed[0]} et ${allowed[1]}.`,
  variablesCount: (given) =>
    `Un champ de gradient se construit sur exactement deux variables ; ${given.length === 0 ? "aucune n'a été donnée" : `${given.length} ${given.length === 1 ? "a été donnée" : "ont été données"} (${given.join(", ")})`}.`,
  variablesDuplicate: (name) =>
    `Il faut deux variables distinctes ; ici, les deux s'appellent ${name}.`,
  costHint: (suggestion) => `Vouliez-vous écrire « ${suggestion} » ?`,
  keptLastGood: "La carte conserve le dernier coût valable.",
  overBudgetSlopes: "La carte reste tracée ; ses pentes sont estimées numériquement.",
  overBudgetFormula: "La carte et ses pentes restent là ; la formule n'est pas composée.",

  readouts: "Valeurs",
  formulas: "Formules",
  costAt: "Coût L",
  partial: (v) => `∂L/∂${v}`,
  gradient: "Vecteur gradient ∇L",
  length: "Pente maximale |∇L|",
  descent: "Direction de descente −∇L",
  undefinedValue: "non défini ici",
  vector: (x, y) => `(${x} ; ${y})`,

  formulaCost: "Coût",
  formulaPartials: "Dérivées partielles",
  formulaGradient: "Gradient au point sondé",
  formulaStep: "Un pas de descente de gradient",
  formulaUndefined: "non défini",
  formulaNoStep: "aucun pas possible",
  formulaSeparator: " ;\\ ",

  noticeZero: "Les deux pentes partielles sont nulles : le gradient s'annule.",
  noticeNearlyZero:
    "Les deux pentes partielles sont presque nulles : le gradient s'annule presque.",
  noticeMinimum:
    "Nous sommes au fond de la cuvette, sur un minimum : c'est, avec plusieurs poids, l'équivalent d'une tangente horizontale.",
  noticeMaximum: "Nous sommes sur un sommet, un maximum : toutes les directions redescendent.",
  noticeSaddle:
    "C'est un col (point selle) : le terrain monte dans une direction et descend dans une autre.",
  noticeFlat: "Au premier ordre, le paysage est plat à cet endroit.",

  show: "Afficher",
  showField: "Champ de vecteurs",
  showTrajectory: "Chemin de descente",
  showHeatmap: "Carte thermique",
  learningRate: "Taux d'apprentissage η",
  learningRateText: (eta) => `η = ${eta}`,
  takeStep: "Faire un pas",
  stepOutside: "Un pas de plus sortirait de la carte.",
  stepUndefined: "Impossible d'avancer : le gradient n'est pas défini ici.",
  stepFlat: "Impossible d'avancer : le gradient est nul ici.",
  trajectoryStatus: {
    converged: (n) =>
      n === 0
        ? "Point plat dès le départ : la sonde est déjà au repos, la descente n'a nulle part où aller."
        : `La descente atteint un point plat en ${n} pas.`,
    "max-steps": (n) => `Chemin de descente : ${n} ${plural(n, "pas affiché")}.`,
    diverged: (n, eta) =>
      `Avec η = ${eta}, chaque pas dépasse le creux et le coût augmente : la descente diverge. Le chemin s'interrompt au bout de ${n} pas.`,
    undefined: (n) => `La descente s'arrête au bout de ${n} pas, là où le coût n'est plus défini.`,
    "out-of-bounds": (n) => `La descente quitte la carte au bout de ${n} pas.`,
  },

  sections: "Coupes passant par la sonde",
  sectionTitle: (moving, fixed, value) => `Coupe selon ${moving}, ${fixed} restant fixé à ${value}`,
  sectionDescription: (moving) =>
    `Le coût vu comme une fonction de ${moving} seul ; la pente de la tangente est la dérivée partielle.`,
  sectionSlope: (moving, slope) => `pente ∂L/∂${moving} = ${slope}`,
};
