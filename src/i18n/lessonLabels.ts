import type { DerivativeRule } from "../math/steps";

/**
 * English labels of the lesson blocks (`Lesson`, `Term`, `DerivativeTable`, `Exercise`, `Quiz`…):
 * headings, button texts, accessible names and feedback. Numbers reach the functions already
 * formatted (through `formatNumber`), so a translation only rearranges words. A French table
 * with the same keys plugs in through `LessonLabelsProvider`.
 */
export const lessonLabels = {
  // Lesson and its parts
  chapter: (number: string) => `Chapter ${number}`,
  contents: "Contents",
  noticeTitle: "Things to notice",
  summaryTitle: "In one sentence",
  sourcesTitle: "Sources",

  // Glossary terms
  termCloseLabel: (term: string) => `Close the definition of ${term}`,

  // Derivative table
  derivativeTableCaption: "Derivatives computed by the engine",
  functionHeader: (variable: string) => `f(${variable})`,
  derivativeHeader: (variable: string) => `f′(${variable})`,
  noteHeader: "Note",
  cannotDifferentiate: (message: string) => `Cannot differentiate this formula: ${message}`,

  // Exercise
  exercise: (number: string) => `Exercise ${number}`,
  answerLabel: "Your answer",
  checkAnswer: "Check",
  answerCorrect: (value: string) => `Correct: the answer is ${value}.`,
  answerWrong: (given: string) =>
    `Not quite: ${given} is not the answer. Try again, or open the solution one step at a time.`,
  answerNotANumber: "Type a number, for example 2.5 or −1/2.",
  /** A number that reads two ways (1.234 in a language with a decimal comma). */
  answerAmbiguous: (given: string, grouped: string, decimal: string) =>
    `Did you mean ${grouped} or ${decimal}? “${given}” could be either: type the number without a thousands separator.`,
  solution: "Worked solution",
  showNextStep: "Show the next step",
  showWholeSolution: "Show the whole solution",
  hideSolution: "Hide the solution",
  stepShown: (step: string, total: string) => `Step ${step} of ${total}.`,
  solutionShown: (total: string) => `All ${total} steps are shown.`,
  solutionHidden: "The solution is hidden.",
  cannotDerive: (message: string) => `Cannot work out this derivation: ${message}`,
  chainOuter: "outer",
  chainInner: "inner",
  rules: {
    constant: "Constant",
    variable: "The variable itself",
    sum: "Sum rule",
    "constant-multiple": "Constant multiple rule",
    product: "Product rule",
    quotient: "Quotient rule",
    power: "Power rule",
    exponential: "Exponential rule",
    "general-power": "General power rule",
    elementary: "Known derivative",
    chain: "Chain rule",
    simplify: "Put the pieces together and simplify",
  } satisfies Record<DerivativeRule, string>,

  // Quiz
  quizTitle: "Quiz",
  question: (number: string, total: string) => `Question ${number} of ${total}`,
  chooseOne: "Choose one answer.",
  chooseSeveral: "Choose every answer that applies.",
  checkQuestion: "Check",
  chooseFirst: "Choose an answer first.",
  questionCorrect: "Correct.",
  /** A first wrong answer: the right one stays hidden for a second try. */
  questionTryAgain: "Not quite. Try again.",
  /** A second wrong answer: the right one is now shown. */
  questionWrong: "Not quite. The right answer is now marked: read the feedback under each option.",
  /** Between a mark and its explanation ("Wrong answer: that is f(x) itself"). */
  markSeparator: ": ",
  optionRight: "Right answer",
  optionWrong: "Wrong answer",
  optionMissed: "Also a right answer",
  optionAnswer: "The right answer",
  score: (right: string, total: string) => `Score: ${right} of ${total}`,
  checked: (checked: string, total: string) => `${checked} of ${total} questions checked`,
  quizComplete: (right: string, total: string) =>
    `Quiz complete: ${right} of ${total} questions right.`,
};

/** The shape of the lesson blocks' label table. */
export type LessonLabels = typeof lessonLabels;
