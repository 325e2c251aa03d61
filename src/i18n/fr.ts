import type { Labels } from "./en";

/** Libellés et messages en français des primitives et de l'explorateur de sécantes. */
export const fr: Labels = {
  planeLabel: "Plan de coordonnées",
  planeProblemEmpty: (axis, min, max) =>
    `Impossible de tracer ce plan : l'intervalle de ${axis} de ${min} à ${max} est vide. Donnez-lui deux bornes différentes.`,
  planeProblemInverted: (axis, min, max) =>
    `Impossible de tracer ce plan : l'intervalle de ${axis} de ${min} à ${max} est à l'envers. Mettez la plus petite borne en premier.`,
  planeProblemNotFinite: (axis) =>
    `Impossible de tracer ce plan : une borne de l'intervalle de ${axis} n'est pas un nombre fini, ou il est trop large pour être mesuré.`,
  planeProblemSize:
    "Impossible de tracer ce plan : il n'a pas de place (largeur ou hauteur nulle).",
  undefinedValue: "non défini ici",
  widgetFailed: (title, message) =>
    `« ${title} » n'a pas pu être affiché : ${message}. Le reste de la page fonctionne toujours.`,
  tryAgain: "Réessayer",
  attributeNotNumber: (name, value) =>
    `L'attribut ${name}="${value}" n'est pas un nombre ; le widget utilise sa valeur par défaut.`,
  attributeNotPair: (name, value) =>
    `L'attribut ${name}="${value}" n'est pas une paire de nombres (comme « -3, 3 ») ; le widget utilise sa valeur par défaut.`,

  secantTitle: "Pente d'une courbe : sécante et tangente",
  secantPlaneLabel: (f) =>
    f
      ? `Graphe de f(x) = ${f} avec une sécante et une tangente`
      : "Graphe de la fonction avec une sécante et une tangente",
  secantHandle: "Point sur la courbe",
  secantValueText: (x, tangent, secant, h) =>
    `x = ${x}, pente de la tangente ${tangent}, pente de la sécante ${secant} avec h = ${h}`,
  secantValueTextUndefined: (x) => `x = ${x}, la fonction n'est pas définie ici`,
  secantValueTextNoSlope: (x, secant, h) =>
    `x = ${x}, la pente de la tangente n'est pas définie ici, pente de la sécante ${secant} avec h = ${h}`,
  gap: "Écart h",
  method: "Différence",
  methodForward: "Avant (x, x + h)",
  methodCentral: "Centrée (x − h, x + h)",
  secantSlope: "Pente de la sécante",
  tangentSlope: "Pente exacte f′(x)",
  estimatedSlope: "Pente estimée f′(x)",
  difference: "Écart entre les pentes",
  direction: "La courbe est",
  descending: "descendante",
  flat: "plate",
  ascending: "montante",
  secantLine: "sécante",
  tangentLine: "tangente",
  secantSecondHandle: "Second point de la sécante",
  secantSecondValueText: (x: string, h: string) => `x + h = ${x}, h = ${h}`,
  dragHint: "↔ glisser",
  unitsUnequal: (ratio: string) =>
    `Les axes n'ont pas la même unité : sur le dessin, une unité verticale mesure ${ratio} fois une unité horizontale. Le petit triangle sur la tangente, quand il a la place, avance de 1 (de 0,1 dans une fenêtre étroite) : sa hauteur est la pente (ou son dixième).`,
  functionLabel: "f(x) =",
  functionInputHelp: "Tapez une fonction de x, par exemple x^2, sin(x) ou 1/(1+exp(-x)).",
  functionThrew: (message) => `La fonction a levé une erreur : ${message}`,
  keptLastGood: "L'image garde la dernière formule valable.",
  noFiniteValue:
    "f n'a aucune valeur finie dans cette fenêtre : ses valeurs sont indéfinies, ou trop grandes pour être calculées.",
  overBudgetSlope: "La courbe et la sécante restent tracées ; la pente est estimée numériquement.",
  overBudgetFormula:
    "La courbe, la sécante et la pente restent là ; la formule n'est pas composée.",
  sound: "Son",
  soundWhileMoving: "Son pendant les déplacements",
  soundTurnedOn: "Son pendant les déplacements : activé",
  soundTurnedOff: "Son pendant les déplacements : désactivé",
  playCurve: "Écouter la courbe",
  playingCurve: (from: string, to: string) =>
    `Lecture de la courbe de x = ${from} à ${to} : la hauteur du son suit f(x) ; des clics marquent x = 0, l'axe des x et le point.`,
  zoomTitle: "Loupe sur la sécante",
  zoomDescription:
    "La courbe, la tangente et la sécante autour du point, dans une fenêtre qui rétrécit avec h : les deux points de la sécante restent séparés et la sécante se couche sur la tangente.",
  zoomCaption: (times: string) => `Loupe sur le point : une fenêtre ${times} fois plus étroite`,
  zoomSameScale: "Loupe sur le point : à l'échelle de la figure tant que h n'est pas petit",
  zoomNothing: "Rien à agrandir ici : la sécante n'est pas définie.",
  errorInsetTitle: "Erreur de la pente de la sécante selon h (log–log)",
  errorInsetYLabel: "erreur",
  errorInsetDescription:
    "Quand h diminue, l'erreur baisse, jusqu'à ce que les arrondis du calcul en virgule flottante prennent le dessus et la fassent remonter.",
  formulas: "Formules",
  readouts: "Valeurs",
  formulaFunction: "Fonction",
  formulaDerivative: "Dérivée",
  formulaQuotient: "Taux d'accroissement",
  undefinedTeX: "non défini",
  roundingAteDifference: "l'arrondi a mangé tous les chiffres de la différence",
};
