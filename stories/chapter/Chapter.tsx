import {
  ChainRuleExplorer,
  DerivativeTable,
  Exercise,
  Glossary,
  GradientExplorer,
  Lesson,
  LocaleProvider,
  Notice,
  Quiz,
  SecantExplorer,
  Section,
  Sources,
  Summary,
} from "../../src";
import { act1, exercise2, exercise3, exercise4 } from "./numbers";
import { english } from "./text.en";
import { french } from "./text.fr";

/**
 * Chapter 7, "Derivatives and the chain rule", composed only from slopes' public exports: the
 * lesson blocks, the three explorers and the engine. The language picks the words; the structure
 * and every number are shared.
 */
export function Chapter({ lang = "en" }: { lang?: "en" | "fr" }) {
  const t = lang === "fr" ? french : english;
  const answers = [act1.slopeAt(3), exercise2.atOne, exercise3.dLdw, exercise4.grad[1]];
  return (
    <LocaleProvider locale={t.lang}>
      <Glossary terms={t.glossary}>
        <Lesson title={t.title} chapter={7}>
          <Section id="thread" title={t.thread.title}>
            {t.thread.body}
          </Section>

          <Section id="act-1" label={t.act1.label} title={t.act1.title}>
            {t.act1.body}
            <SecantExplorer fn="x^2" defaultX={1} defaultH={0.5} title={t.act1.explorerTitle} />
            <Notice items={t.act1.notice} />
            {t.act1.tableIntro}
            <DerivativeTable
              caption={t.act1.tableCaption}
              rows={[
                { f: "x^n" },
                { f: "e^x" },
                { f: "ln(x)" },
                { f: "sigmoid(x)", note: t.act1.sigmoidNote },
              ]}
            />
          </Section>

          <Section id="act-2" label={t.act2.label} title={t.act2.title}>
            {t.act2.body}
            {t.act2.neuron}
            <ChainRuleExplorer
              defaultMode="composition"
              defaultInputs={{ x: 1 }}
              title={t.act2.explorerTitle}
            />
            <Notice items={t.act2.notice} />
          </Section>

          <Section id="act-3" label={t.act3.label} title={t.act3.title}>
            {t.act3.body}
            <GradientExplorer defaultProbe={[1, 1]} title={t.act3.explorerTitle} />
            <Notice items={t.act3.notice} />
          </Section>

          <Section id="exercises" title={t.exercises.title}>
            {t.exercises.intro}
            {t.exercises.items.map((item, index) => (
              <Exercise
                key={item.title}
                number={index + 1}
                title={item.title}
                statement={item.statement}
                answer={{ value: answers[index] ?? Number.NaN }}
                {...(index === 1 ? { derivation: { expr: exercise2.expr, variable: "x" } } : {})}
                {...(item.steps ? { steps: item.steps } : {})}
              />
            ))}
          </Section>

          <Section id="quiz" title={t.quiz.title}>
            <Quiz questions={t.quiz.questions} />
          </Section>

          <Section id="summary" title={t.lang === "fr" ? "Pour finir" : "To sum up"}>
            <Summary>{t.summary}</Summary>
            <Sources references={t.sources} />
          </Section>
        </Lesson>
      </Glossary>
    </LocaleProvider>
  );
}
