import type { QuizQuestion } from "../../src/lesson/quizResults";

/** A single-answer question and a several-answer one, in the chapter's spirit. */
export const QUESTIONS: QuizQuestion[] = [
  {
    id: "derivative",
    prompt: "What does the derivative of a function at a point measure?",
    options: [
      { id: "value", label: "The value of the function there", feedback: "That is f(x) itself." },
      {
        id: "slope",
        label: "How steeply the function rises or falls there",
        correct: true,
        feedback: "Yes: the slope of the tangent.",
      },
      { id: "area", label: "The area under the curve", feedback: "That is an integral." },
    ],
  },
  {
    id: "gradient",
    prompt: "Which statements about the gradient are true?",
    options: [
      { id: "uphill", label: "It points uphill", correct: true, feedback: "Steepest ascent." },
      { id: "zero", label: "It vanishes at the bottom", correct: true, feedback: "Flat there." },
      { id: "down", label: "It points downhill", feedback: "Its opposite does." },
    ],
  },
];
