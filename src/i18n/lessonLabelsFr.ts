import type { LessonLabels } from "./lessonLabels";

/** Libellés en français des blocs de leçon (mêmes clés que `lessonLabels`). */
export const lessonFr: LessonLabels = {
  chapter: (number) => `Chapitre ${number}`,
  contents: "Sommaire",
  noticeTitle: "À remarquer",
  summaryTitle: "En une phrase",
  sourcesTitle: "Sources",

  termCloseLabel: (term) => `Fermer la définition de ${term}`,

  derivativeTableCaption: "Dérivées calculées par le moteur",
  functionHeader: (variable) => `f(${variable})`,
  derivativeHeader: (variable) => `f′(${variable})`,
  noteHeader: "Remarque",
  cannotDifferentiate: (message) => `Impossible de dériver cette formule : ${message}`,

  exercise: (number) => `Exercice ${number}`,
  answerLabel: "Votre réponse",
  checkAnswer: "Vérifier",
  answerCorrect: (value) => `Exact : la réponse est ${value}.`,
  answerWrong: (given) =>
    `Pas tout à fait : ${given} n'est pas la réponse. Réessayez, ou ouvrez la solution étape par étape.`,
  answerNotANumber: "Tapez un nombre, par exemple 2,5 ou −1/2.",
  answerAmbiguous: (given, grouped, decimal) =>
    `Vouliez-vous dire ${grouped} ou ${decimal} ? « ${given} » peut se lire des deux façons : tapez le nombre sans séparateur de milliers.`,
  solution: "Solution détaillée",
  showNextStep: "Voir l'étape suivante",
  showWholeSolution: "Voir toute la solution",
  hideSolution: "Masquer la solution",
  stepShown: (step, total) => `Étape ${step} sur ${total}.`,
  solutionShown: (total) => `Les ${total} étapes sont affichées.`,
  solutionHidden: "La solution est masquée.",
  cannotDerive: (message) => `Impossible de mener cette dérivation : ${message}`,
  chainOuter: "extérieure",
  chainInner: "intérieure",
  rules: {
    constant: "Constante",
    variable: "La variable elle-même",
    sum: "Dérivée d'une somme",
    "constant-multiple": "Facteur constant",
    product: "Dérivée d'un produit",
    quotient: "Dérivée d'un quotient",
    power: "Dérivée d'une puissance",
    exponential: "Dérivée d'une exponentielle",
    "general-power": "Puissance générale",
    elementary: "Dérivée connue",
    chain: "Dérivée d'une composée (règle de la chaîne)",
    simplify: "Rassembler et simplifier",
  },

  quizTitle: "Quiz",
  question: (number, total) => `Question ${number} sur ${total}`,
  chooseOne: "Choisissez une réponse.",
  chooseSeveral: "Choisissez toutes les bonnes réponses.",
  checkQuestion: "Vérifier",
  chooseFirst: "Choisissez d'abord une réponse.",
  questionCorrect: "Exact.",
  questionTryAgain: "Pas tout à fait. Essayez encore.",
  questionWrong:
    "Pas tout à fait. La bonne réponse est maintenant indiquée : lisez le commentaire sous chaque option.",
  // French typography: a (no-break) space before the colon.
  markSeparator: "\u00a0: ",
  optionRight: "Bonne réponse",
  optionWrong: "Mauvaise réponse",
  optionMissed: "Aussi une bonne réponse",
  optionAnswer: "La bonne réponse",
  score: (right, total) => `Score : ${right} sur ${total}`,
  checked: (checked, total) => `${checked} questions vérifiées sur ${total}`,
  quizComplete: (right, total) => `Quiz terminé : ${right} bonnes réponses sur ${total}.`,
};
