/** Words of the widget pages (`pages/secant.html?…`): the notes about values of the link. */
export interface PageLabels {
  /** Name of the group of notes. */
  notes: string;
  /** A value of the link that cannot be used; the widget shows `fallback` instead. */
  badValue: (param: string, value: string, expected: string, fallback: string) => string;
  /** What the widget shows for a value left to its own default. */
  itsDefault: string;
  /** A parameter the page does not read. */
  unknownParam: (param: string, known: string) => string;
  expectNumber: (min: string, max: string) => string;
  expectPair: (x0: string, x1: string, y0: string, y1: string) => string;
  expectBoolean: string;
  expectChoice: (choices: string) => string;
  /** A formula, with the engine's message (already in the reader's language). */
  expectFormula: (problem: string) => string;
  /** A value that goes with another parameter's (`mode=neuron`). */
  expectCombination: (other: string) => string;
}

/** English words of the widget pages. */
export const pageLabels: PageLabels = {
  notes: "Notes about the link",
  badValue: (param, value, expected, fallback) =>
    `The link's ${param}=“${value}” cannot be used (expected ${expected}); the widget shows ${fallback} instead.`,
  itsDefault: "its default value",
  unknownParam: (param, known) =>
    `The link's parameter “${param}” is not one this page reads (it reads ${known}); it is ignored.`,
  expectNumber: (min, max) => `a number from ${min} to ${max}`,
  expectPair: (x0, x1, y0, y1) =>
    `two numbers such as 1,1: the first from ${x0} to ${x1}, the second from ${y0} to ${y1}`,
  expectBoolean: "true or false",
  expectChoice: (choices) => `one of ${choices}`,
  expectFormula: (problem) => `a formula: ${problem}`,
  expectCombination: (other) => `a value that goes with ${other}`,
};

/** French words of the widget pages. */
export const pageLabelsFr: PageLabels = {
  notes: "Remarques sur le lien",
  badValue: (param, value, expected, fallback) =>
    `La valeur ${param}=« ${value} » du lien ne peut pas être utilisée (attendu : ${expected}) ; le widget affiche ${fallback} à la place.`,
  itsDefault: "sa valeur par défaut",
  unknownParam: (param, known) =>
    `Le paramètre « ${param} » du lien n'est pas lu par cette page (elle lit ${known}) ; il est ignoré.`,
  expectNumber: (min, max) => `un nombre de ${min} à ${max}`,
  expectPair: (x0, x1, y0, y1) =>
    `deux nombres comme 1,1 : le premier de ${x0} à ${x1}, le second de ${y0} à ${y1}`,
  expectBoolean: "true ou false",
  expectChoice: (choices) => `l'une des valeurs ${choices}`,
  expectFormula: (problem) => `une formule : ${problem}`,
  expectCombination: (other) => `une valeur compatible avec ${other}`,
};

/** The page words for a language (`"fr"`, `"fr-CA"` → French; anything else English). */
export function pageLabelsFor(lang: string): PageLabels {
  return lang.toLowerCase().startsWith("fr") ? pageLabelsFr : pageLabels;
}
