import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { differentiate, evaluate, texNumber, toTeX } from "../../src/math";
import {
  DerivativeTable,
  Exercise,
  Glossary,
  Lesson,
  Notice,
  SecantExplorer,
  Section,
  Sources,
  Summary,
  Term,
  Tex,
} from "../../src";
import { GLOSSARY } from "./glossary";

/** The chapter's point: x² at x = 1, with its slope from the engine. */
const X0 = 1;
const slope = evaluate(differentiate("x^2", "x"), { x: X0 });

function ActOneText() {
  return (
    <>
      <p>
        Take the parabola <Tex tex="f(x) = x^2" /> and put your finger on it at{" "}
        <Tex tex={`x = ${texNumber(X0)}`} />. Pick a second point a small step <Tex tex="h" />{" "}
        further along: the line through both is a <Term id="secant">secant</Term>, and its slope is
        the rate of change over that step,
      </p>
      <Tex tex="\frac{f(x + h) - f(x)}{h}." display />
      <p>
        Now let the step shrink. The secant swings round and settles on the tangent; the slope it
        settles on is the <Term id="derivative">derivative</Term>,{" "}
        <Tex tex={`f'(x) = ${toTeX(differentiate("x^2", "x"))}`} />, so here{" "}
        <Tex tex={`f'(${texNumber(X0)}) = ${texNumber(slope)}`} />.
      </p>
      <SecantExplorer fn="x^2" defaultX={X0} defaultH={0.5} />
      <Notice
        items={[
          "Narrow the gap h: the secant slope closes in on the exact slope and the difference melts away. That is the limit, made visible.",
          "Slide the point to the bottom of the bowl: the tangent goes flat, slope 0, the signature of a minimum.",
          "Left of the bottom the slope is negative, right of it positive: its sign tells you which way is down.",
        ]}
      />
      <DerivativeTable
        caption="Slopes worth knowing by heart"
        rows={[{ f: "x^n" }, { f: "e^x" }, { f: "ln(x)" }, { f: "sigmoid(x)" }]}
      />
      <Exercise
        number={1}
        title="The slope of x² from scratch"
        statement={
          <p>
            Using only the difference quotient, show that the slope of <Tex tex="x^2" /> is{" "}
            <Tex tex={toTeX(differentiate("x^2", "x"))} />, then give it at{" "}
            <Tex tex={`x = ${texNumber(X0)}`} />.
          </p>
        }
        answer={{ value: slope, label: `f′(${X0}) =` }}
        steps={[
          { text: "Write the difference quotient.", tex: "\\frac{(x+h)^2 - x^2}{h}" },
          { text: "Expand and cancel.", tex: "\\frac{2xh + h^2}{h} = 2x + h" },
          {
            text: "Let h go to 0.",
            tex: `\\lim_{h \\to 0}(2x + h) = ${toTeX(differentiate("x^2", "x"))}`,
          },
          { text: "Evaluate at the point.", tex: `f'(${texNumber(X0)}) = ${texNumber(slope)}` },
        ]}
      />
    </>
  );
}

const meta = {
  title: "Lesson/Lesson",
  component: Lesson,
  args: { title: "Derivatives and the chain rule", chapter: 7 },
  parameters: { layout: "fullscreen" },
  render: (args) => (
    <Glossary terms={GLOSSARY}>
      <Lesson {...args}>
        <Section id="act-1" label="Act 1" title="The derivative is a slope">
          <ActOneText />
        </Section>
        <Section id="act-2" label="Act 2" title="The chain rule">
          <p>
            A network is a stack of functions. The <Term id="chain-rule">chain rule</Term> says how
            their slopes combine: multiply them along the path.
          </p>
        </Section>
        <Summary>
          A derivative is a slope read up close, and nested computations multiply their slopes.
        </Summary>
        <Sources
          references={[{ authors: "Spivak", title: "Calculus", year: 2008, details: "4th ed." }]}
        />
      </Lesson>
    </Glossary>
  ),
} satisfies Meta<typeof Lesson>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A mini Act 1: text, glossary terms, the secant explorer at x = 1, things to notice, the table and an exercise. */
export const MiniActOne: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const contents = canvas.getByRole("navigation", { name: "Contents" });
    await expect(within(contents).getAllByRole("link")).toHaveLength(2);
    await expect(
      within(contents).getByRole("link", { name: "Act 1 The derivative is a slope" }),
    ).toHaveAttribute("href", "#act-1");
    const panel = canvas.getByRole("group", { name: "Readouts" });
    await expect(within(panel).getByText("Exact slope f′(x)").parentElement).toHaveTextContent(
      String(slope),
    );
    await userEvent.click(canvas.getByRole("button", { name: "derivative" }));
    await expect(await canvas.findByRole("dialog", { name: "Derivative" })).toBeVisible();
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(canvas.queryByRole("dialog")).toBeNull());
    await userEvent.type(canvas.getByRole("textbox", { name: `f′(${X0}) =` }), `${slope}{Enter}`);
    await expect(canvas.getByText(`Correct: the answer is ${slope}.`)).toBeVisible();
  },
};

/** The same lesson on the dark theme. */
export const Dark: Story = {
  args: { theme: "dark" },
  parameters: { theme: "dark" },
};
