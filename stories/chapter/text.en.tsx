import { Term, Tex, formatNumber } from "../../src";
import { act1, act2, exercise2, exercise3, exercise4 } from "./numbers";
import type { ChapterText } from "./types";

const n = (value: number) => formatNumber(value, { locale: "en" });
const tn = (value: number) => String(Number(value.toPrecision(12)));

/** The chapter in English, written for slopes. */
export const english: ChapterText = {
  lang: "en",
  title: "Derivatives and the chain rule",
  thread: {
    title: "Why slopes",
    body: (
      <>
        <p>
          Picture the score of a neural network as a height above a landscape whose coordinates are
          the network&apos;s weights. Training means walking down that landscape. Standing on a
          slope with your eyes closed, you can still tell which way is down: you feel the tilt under
          your feet. This chapter builds that sense of tilt three times: for one input (the{" "}
          <Term id="derivative" />
          ), for computations nested inside each other (the <Term id="chain-rule" />
          ), and for many weights at once (the <Term id="gradient" />
          ).
        </p>
      </>
    ),
  },
  act1: {
    label: "Act 1",
    title: "The derivative is a slope",
    body: (
      <>
        <p>
          Take the curve <Tex tex="f(x) = x^2" /> and zoom in on any of its points: the closer you
          look, the straighter it gets. The slope of that nearly straight piece is the{" "}
          <Term id="derivative" /> at the point.
        </p>
        <p>
          To measure it, pick a second point a small gap <Tex tex="h" /> away and join the two by a
          line, a secant. Its slope is the rate of change over the gap,{" "}
          <Tex tex="\frac{f(x+h) - f(x)}{h}" />. Now let the gap shrink: the secant pivots and
          settles on the tangent, and its slope settles on the derivative,
        </p>
        <Tex display tex="f'(x) = \lim_{h \to 0} \frac{f(x+h) - f(x)}{h}." />
        <p>
          For <Tex tex="x^2" /> the limit works out to <Tex tex={`f'(x) = ${act1.derivative}`} />:
          the slope is {n(act1.slopeAt(1))} at <Tex tex="x = 1" />, {n(act1.slopeAt(0))} at the
          bottom of the bowl, and {n(act1.slopeAt(-1))} at <Tex tex="x = -1" />, where the curve
          goes down. Drag the point, then narrow the gap with the slider.
        </p>
      </>
    ),
    explorerTitle: "Slide along x², shrink the gap",
    notice: [
      <>
        As <Tex tex="h" /> gets smaller, the secant slope closes in on the exact slope and their
        difference falls towards zero: you are watching the limit happen. (Push <Tex tex="h" />{" "}
        below about <Tex tex={`10^{${act1.bestPower}}`} /> and the difference grows again: the
        computer&apos;s rounding wins. The small error chart shows it.)
      </>,
      <>
        At the bottom of the bowl the tangent lies flat: slope {n(act1.slopeAt(0))}. A flat tangent
        is what a minimum looks like, and a minimum is what learning is looking for.
      </>,
      <>
        Left of the bottom the slope is negative, right of it positive. The sign alone tells you
        which way is downhill.
      </>,
    ],
    tableTitle: "Derivatives used all course long",
    tableIntro: (
      <p>
        A handful of derivatives come back in every chapter. The right-hand column below is not
        typed in: the library differentiates each function on the left.
      </p>
    ),
    tableCaption: "Common derivatives (computed by slopes)",
    sigmoidNote: (
      <>
        The slope of the sigmoid <Tex tex="\sigma(x) = \frac{1}{1 + e^{-x}}" /> is written with the
        sigmoid itself: no new function to compute.
      </>
    ),
  },
  act2: {
    label: "Act 2",
    title: "The chain rule",
    body: (
      <>
        <p>
          A network is a <Term id="composition" />: the output of one step is the input of the next.
          To differentiate <Tex tex="f(g(x))" />, multiply the local slopes met along the way:
        </p>
        <Tex display tex="(f \circ g)'(x) = f'(g(x)) \cdot g'(x)." />
        <p>
          Think of each step as a magnifier: if <Tex tex="g" /> stretches a small change by{" "}
          <Tex tex="g'(x)" />, and <Tex tex="f" /> stretches what it receives by <Tex tex="f'(u)" />{" "}
          at <Tex tex="u = g(x)" />, the whole computation stretches by the product. With{" "}
          <Tex tex="g(x) = 3x + 1" /> and <Tex tex="f(u) = u^2" />, the local slopes are{" "}
          <Tex tex={`g'(x) = ${act2.gDerivative}`} /> and{" "}
          <Tex tex={`f'(u) = ${act2.fDerivative}`} />, so{" "}
          <Tex tex={`(f \\circ g)'(x) = ${act2.derivative}`} />. At <Tex tex={`x = ${act2.x}`} />,{" "}
          <Tex tex={`g(${act2.x}) = ${tn(act2.g)}`} /> and the product is{" "}
          <Tex tex={`${tn(act2.fSlopeAtG)} \\times ${tn(act2.gSlope)} = ${tn(act2.total)}`} />.
        </p>
      </>
    ),
    neuron: (
      <p>
        One artificial neuron is the same machine. With input <Tex tex="x" />, weight{" "}
        <Tex tex="w" />, bias <Tex tex="b" /> and target <Tex tex="y" />, it computes{" "}
        <Tex tex="z = wx + b" />, then <Tex tex="a = \sigma(z)" />, then the loss{" "}
        <Tex tex="L = (a - y)^2" />. The chain rule gives{" "}
        <Tex tex="\frac{\partial L}{\partial w} = 2(a - y) \cdot a(1 - a) \cdot x" />; for the bias
        only the last factor changes, since{" "}
        <Tex tex={`\\partial z / \\partial b = ${tn(exercise3.dzdb)}`} />. Passing local derivatives
        backwards through the graph like this is backpropagation, in miniature.
      </p>
    ),
    explorerTitle: "Multiply the slopes along the path",
    notice: [
      <>In composition mode, the numbers on the edges multiply to the derivative of the whole.</>,
      <>
        In neuron mode, the same blocks give <Tex tex="\partial L / \partial w" /> and{" "}
        <Tex tex="\partial L / \partial b" />: only the last factor differs.
      </>,
      <>
        Push <Tex tex="|z|" /> up (a large weight or bias): <Tex tex="a(1 - a)" /> becomes tiny
        (about {formatNumber(exercise3.saturatedSlope, { locale: "en", maximumFractionDigits: 6 })}{" "}
        at <Tex tex="z = 10" />) and drags the whole product to zero. The neuron has saturated: this
        is the vanishing gradient.
      </>,
    ],
  },
  act3: {
    label: "Act 3",
    title: "Partial derivatives and the gradient",
    body: (
      <>
        <p>
          With many weights, ask one question per weight: how does the cost change when only this
          weight moves and the others stay put? The answer is a <Term id="partial" />,{" "}
          <Tex tex="\partial L / \partial w_i" />, the slope of the landscape along one axis.
        </p>
        <p>
          For the toy cost <Tex tex="L(w_1, w_2) = w_1^2 + 2w_2^2" /> the two partial slopes are{" "}
          <Tex tex={`\\partial L/\\partial w_1 = ${exercise4.partialTexts[0]}`} /> and{" "}
          <Tex tex={`\\partial L/\\partial w_2 = ${exercise4.partialTexts[1]}`} />. Stacked together
          they form the <Term id="gradient" />{" "}
          <Tex tex={`\\nabla L = (${exercise4.partialTexts.join(",\\ ")})`} />, which points in the
          direction of steepest climb; its length says how steep the climb is. Its opposite,{" "}
          <Tex tex="-\nabla L" />, points downhill: the compass that gradient descent will follow in
          chapter 9.
        </p>
      </>
    ),
    explorerTitle: "Move the probe over the landscape",
    notice: [
      <>The gradient arrow points away from the valley; the descent arrow points into it.</>,
      <>
        At the bottom both partial slopes are zero and the gradient vanishes: the many-weight
        version of a flat tangent.
      </>,
      <>
        The 2 in front of <Tex tex="w_2^2" /> makes the <Tex tex="w_2" /> slope twice as steep, so
        the gradient leans towards that axis instead of aiming at the centre.
      </>,
    ],
  },
  exercises: {
    title: "Exercises",
    intro: <p>Try each one, type your answer, then open the solution a step at a time.</p>,
    items: [
      {
        title: "A derivative from the definition",
        statement: (
          <p>
            Use the definition to find the derivative of <Tex tex="x^2" />, then give its value at{" "}
            <Tex tex="x = 3" />.
          </p>
        ),
        steps: [
          { text: "Write the difference quotient.", tex: "\\frac{(x+h)^2 - x^2}{h}" },
          {
            text: "Expand the square.",
            tex: "\\frac{x^2 + 2xh + h^2 - x^2}{h} = \\frac{2xh + h^2}{h}",
          },
          { text: "Divide by h (h is not zero).", tex: "2x + h" },
          { text: "Let h go to 0.", tex: `f'(x) = ${act1.derivative}` },
          { text: "Evaluate at 3.", tex: `f'(3) = ${tn(act1.slopeAt(3))}` },
        ],
      },
      {
        title: "The chain rule on a power",
        statement: (
          <p>
            Differentiate <Tex tex="h(x) = (2x + 1)^3" /> and give <Tex tex="h'(1)" />.
          </p>
        ),
        steps: [
          {
            text: `Evaluate at ${n(exercise2.x)}.`,
            tex: `h'(${tn(exercise2.x)}) = ${tn(exercise2.atOne)}`,
          },
        ],
      },
      {
        title: "One neuron, by hand",
        statement: (
          <p>
            A neuron receives <Tex tex={`x = ${tn(exercise3.x)}`} /> with weight{" "}
            <Tex tex={`w = ${tn(exercise3.w)}`} /> and bias <Tex tex={`b = ${tn(exercise3.b)}`} />;
            the target is <Tex tex={`y = ${tn(exercise3.y)}`} />. Compute{" "}
            <Tex tex="\partial L / \partial w" /> for <Tex tex="L = (a - y)^2" />.
          </p>
        ),
        steps: [
          { text: "Forward: the weighted sum.", tex: `z = wx + b = ${tn(exercise3.z)}` },
          {
            text: "Forward: the activation.",
            tex: `a = \\sigma(${tn(exercise3.z)}) = ${tn(exercise3.a)}`,
          },
          { text: "Forward: the loss.", tex: `L = (a - y)^2 = ${tn(exercise3.L)}` },
          {
            text: "Backward: multiply the three local slopes.",
            tex: `\\frac{\\partial L}{\\partial w} = 2(a - y) \\cdot a(1 - a) \\cdot x = (${tn(exercise3.dLda)})(${tn(exercise3.dadz)})(${tn(exercise3.x)}) = ${tn(exercise3.dLdw)}`,
          },
          {
            text: `For the bias the last factor is ${n(exercise3.dzdb)}.`,
            tex: `\\frac{\\partial L}{\\partial b} = 2(a - y) \\cdot a(1 - a) = ${tn(exercise3.dLdb)}`,
          },
        ],
      },
      {
        title: "A gradient and the way down",
        statement: (
          <p>
            For <Tex tex="L(w_1, w_2) = w_1^2 + 2w_2^2" />, compute <Tex tex="\nabla L" /> at{" "}
            <Tex tex="(1, 1)" /> and give the descent direction. Type{" "}
            <Tex tex="\partial L/\partial w_2" /> as your answer.
          </p>
        ),
        steps: [
          {
            text: "The two partial derivatives.",
            tex: `\\frac{\\partial L}{\\partial w_1} = ${exercise4.partialTexts[0]}, \\quad \\frac{\\partial L}{\\partial w_2} = ${exercise4.partialTexts[1]}`,
          },
          { text: "At (1, 1).", tex: `\\nabla L(1, 1) = (${exercise4.grad.map(tn).join(", ")})` },
          {
            text: "Downhill is the opposite.",
            tex: `-\\nabla L(1, 1) = (${exercise4.descent.map(tn).join(", ")})`,
          },
        ],
      },
    ],
  },
  quiz: {
    title: "Check your understanding",
    questions: [
      {
        id: "q1",
        prompt: "What does the derivative of a function at a point measure?",
        options: [
          {
            id: "a",
            label: "The value of the function there",
            feedback: "That is f(x) itself, not how it changes.",
          },
          {
            id: "b",
            label: "How fast the function changes there: the slope of its tangent",
            correct: true,
            feedback: "Yes: the local slope, the limit of the secant slopes.",
          },
          {
            id: "c",
            label: "The area under the curve up to that point",
            feedback: "That is an integral.",
          },
          {
            id: "d",
            label: "The average of the function over an interval",
            feedback: "An average slope needs two points; the derivative needs one.",
          },
        ],
      },
      {
        id: "q2",
        prompt: "How does the chain rule differentiate a composition f(g(x))?",
        options: [
          {
            id: "a",
            label: "f′(x) + g′(x)",
            feedback: "Slopes along a chain multiply; they do not add.",
          },
          {
            id: "b",
            label: "f′(g(x)) · g′(x)",
            correct: true,
            feedback: "Right: the outer slope, taken where g lands, times the inner slope.",
          },
          {
            id: "c",
            label: "f′(x) · g′(x)",
            feedback:
              "Close, but f′ must be evaluated at g(x), where f actually receives its input.",
          },
          {
            id: "d",
            label: "f(g′(x))",
            feedback: "This feeds a slope into f; it is not a derivative.",
          },
        ],
      },
      {
        id: "q3",
        prompt: "Why does computing dL/dw for one neuron prefigure backpropagation?",
        options: [
          {
            id: "a",
            label:
              "It multiplies local derivatives passed backwards through a graph of simple steps",
            correct: true,
            feedback:
              "Exactly: backpropagation does this for every weight of a network, reusing shared factors.",
          },
          {
            id: "b",
            label: "It needs the sigmoid function",
            feedback: "Any differentiable step works; the sigmoid is just our example.",
          },
          {
            id: "c",
            label: "It tries many weights and keeps the best",
            feedback: "That is a search, not a derivative.",
          },
          {
            id: "d",
            label: "It only works when the loss is zero",
            feedback: "The derivative exists for any loss value.",
          },
        ],
      },
      {
        id: "q4",
        prompt: "What is a partial derivative? (Choose every correct statement.)",
        multiple: true,
        options: [
          {
            id: "a",
            label: "The slope along one variable with the others held fixed",
            correct: true,
            feedback: "Yes, that is the definition.",
          },
          {
            id: "b",
            label: "The slope of a slice of the landscape",
            correct: true,
            feedback: "Yes: fix the other weights and you get a one-variable curve.",
          },
          {
            id: "c",
            label: "The derivative with respect to all variables at once",
            feedback: "That would be the whole gradient.",
          },
          {
            id: "d",
            label: "Only defined when there are exactly two variables",
            feedback: "It exists for any number of variables.",
          },
        ],
      },
      {
        id: "q5",
        prompt: "Which way does the gradient point, and what do we do to lower the score?",
        options: [
          { id: "a", label: "Downhill; we follow it", feedback: "The gradient points uphill." },
          {
            id: "b",
            label: "Uphill; we step against it, along −∇L",
            correct: true,
            feedback: "Right: that is gradient descent, the subject of chapter 9.",
          },
          {
            id: "c",
            label: "Towards the minimum; we follow it",
            feedback:
              "Not even its opposite aims straight at the minimum in general; it leans to the steeper axes.",
          },
          {
            id: "d",
            label: "Along the contour lines; we stay on them",
            feedback: "The gradient is perpendicular to the contour lines.",
          },
        ],
      },
    ],
  },
  summary: (
    <>
      A derivative is a local slope, the chain rule multiplies local slopes along nested
      computations, and the gradient collects the slopes of every weight into a compass that, turned
      around, points downhill.
    </>
  ),
  sources: [
    {
      authors: "I. Goodfellow, Y. Bengio and A. Courville",
      title: "Deep Learning",
      year: 2016,
      details: "MIT Press, chapter 6 and section 6.5 (back-propagation)",
    },
    {
      authors: "M. Spivak",
      title: "Calculus",
      year: 2008,
      details: "4th edition, Publish or Perish",
    },
    {
      authors: "M. Nielsen",
      title: "Neural Networks and Deep Learning",
      year: 2015,
      details: "Determination Press, chapter 2",
    },
  ],
  glossary: {
    derivative: {
      term: "derivative",
      definition:
        "The slope of a function at one point: how much the output changes per unit change of the input, for very small changes.",
    },
    composition: {
      term: "function composition",
      definition:
        "Feeding the output of one function into another: f(g(x)) applies g first, then f.",
    },
    "chain-rule": {
      term: "chain rule",
      definition:
        "The derivative of a composition is the product of the local derivatives along the chain: (f∘g)′(x) = f′(g(x))·g′(x).",
    },
    partial: {
      term: "partial derivative",
      definition:
        "The slope of a function of several variables along one of them, the others held fixed.",
    },
    gradient: {
      term: "gradient",
      definition:
        "The vector of all partial derivatives. It points in the direction of steepest ascent; its opposite points downhill.",
    },
  },
};
