import type { GlossaryTerms } from "../../src";

/** Example glossary for the lesson stories (the chapter page brings its own). */
export const GLOSSARY: GlossaryTerms = {
  derivative: {
    term: "Derivative",
    definition: (
      <p>
        How quickly a function&apos;s output moves when its input moves a tiny bit: the slope of the
        line that just touches the curve at that point.
      </p>
    ),
  },
  secant: {
    term: "Secant",
    definition: <p>A straight line cutting a curve at two of its points.</p>,
  },
  "chain-rule": {
    term: "Chain rule",
    definition: (
      <p>
        For a function fed by another function, the overall slope is the product of the slopes met
        along the way.
      </p>
    ),
  },
};
