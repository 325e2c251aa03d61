import type { ChainLabels } from "./chainLabels";

/** Libellés et messages en français du widget de la dérivation en chaîne (mêmes clés qu'en anglais). */
export const chainFr: ChainLabels = {
  title: "La dérivation en chaîne : on multiplie les pentes le long du chemin",
  graphLabel: "Graphe de calcul",
  graphScrollLabel: "Graphe de calcul (défile horizontalement)",
  graphScrollCue: "Faites défiler de côté pour voir tout le graphe →",
  undefinedValue: "non défini ici",

  // Problèmes
  needsInput: (name) =>
    `Cette formule n'utilise pas ${name} : il n'y a donc pas de chaîne à suivre (sa dérivée vaut 0).`,
  usedBeforeDefined: (step, name) =>
    `L'étape ${step} utilise ${name}, qui n'est pas calculé avant elle.`,
  emptyProgram: "Le programme ne contient aucune étape.",
  tooLarge: (columns, rows) =>
    `Ce graphe est trop grand pour rester lisible (${columns} étapes de profondeur, jusqu'à ${rows} côte à côte). ` +
    "Raccourcissez la formule ; les valeurs et le produit ci-dessous restent justes.",
  keptLastGood: "Le graphe garde la dernière formule valable.",

  // Commandes
  mode: "Graphe",
  modeComposition: "Composée f(g(x))",
  modeNeuron: "Neurone",
  target: "Dérivée",
  targetOption: (output, input) => `∂${output}/∂${input}`,
  inputLabel: (name) => `${name}`,
  inputValueText: (name, value) => `${name} = ${value}`,
  formulaLabel: "f(x) =",
  formulaHelp:
    "Tapez une formule en x, par exemple sin(x^2) ou sigmoid(3x - 1) : elle sera découpée en étapes.",
  inputsGroup: "Entrées",

  // Valeurs et formules
  readouts: "Valeurs",
  formulas: "Formules",
  stepsFormula: "Étapes du calcul",
  chainFormula: "Dérivation en chaîne le long du chemin",
  checkFormula: "La même dérivée, calculée d'un seul tenant",
  productLabel: "Produit le long du chemin",
  productReadout: (derivative) => `${derivative} : produit le long du chemin`,
  checkLabel: "Dérivée du moteur (vérification)",
  outputLabel: (name) => `Sortie ${name}`,
  agrees: "concorde",
  disagrees: "ne concorde pas",
  checkOmitted: "non calculée (formule trop grande)",
  overBudgetCheck:
    "Le graphe et la règle de dérivation en chaîne restent calculés ; la vérification du moteur est omise.",
  tooManySteps: (n: number, most: number) =>
    `Cette formule est trop grande pour être dessinée en graphe : elle donne ${n} étapes, et un graphe en montre au plus ${most}.`,
  pathsTruncated: (shown) => `Seuls les ${shown} premiers chemins sont listés.`,

  // Rétropropagation
  backwardTitle: "Rétropropagation",
  play: "Lancer la rétropropagation",
  replay: "La relancer",
  nextStep: "Étape suivante",
  restart: "Recommencer",
  stepStatus: (step, total, text) => `Étape ${step} sur ${total} : ${text}`,
  stepFactors: (adjoint, local) =>
    `On multiplie l'adjoint amont ${adjoint} par la dérivée locale ${local}.`,
  backwardDone:
    "Chaque nœud porte maintenant son adjoint : la dérivée de la sortie par rapport à lui.",
  backwardIdle: "La rétropropagation ramène la dérivée de la sortie jusqu'à chaque entrée.",
  sumOverPaths: (count) => `somme sur ${count} chemins`,

  // Saturation
  saturatedTitle: "Neurone saturé : le gradient s'évanouit",
  saturated: (z, slope, product) =>
    `|z| est grand (z = ${z}), donc σ′(z) = a(1 − a) = ${slope} est presque nul, et tout le produit s'effondre à ${product} : c'est l'évanouissement du gradient.`,

  // Phrases pour les lecteurs d'écran
  listSeparator: " ; ",
  valueAt: (inputs) => `Pour ${inputs} :`,
  pathSentence: (derivative, factors, value) => `${derivative} = ${factors} = ${value}.`,
  sumSentence: (derivative, count, value) =>
    `${derivative} = somme sur ${count} chemins = ${value}.`,
  // Son
  playPass: "Écouter la rétropropagation",
  playingPass: (steps) =>
    `Lecture de la rétropropagation : ${steps} notes, une par étape, dont la hauteur suit la taille du produit obtenu.`,
};
