"use client";
import { memo, useCallback } from "react";
import type { Live } from "../hooks/live";
import { useLive, useSettledLive } from "../hooks/live";
import { useGradientWords } from "../hooks/useLocale";
import type { GradientCost } from "../models/gradientCost";
import type { ProbeState } from "../models/gradientProbe";
import { CrossSectionPlot } from "../views/CrossSectionPlot";
import { flatNotice, gradientFormulas, gradientReadouts } from "./gradientPanelText";
import { FormulaPanel } from "./parts/FormulaPanel";
import { Readouts } from "./parts/Readouts";

// The parts of the gradient explorer's panel that follow the probe: each subscribes to the state
// at the probe (`live`), so a move re-renders them and not the explorer around them; memoised, so
// the explorer's render at the end of a gesture leaves them alone.

/** The readouts (numbers and the spoken summary) and the notice at a flat point, on every move. */
export const GradientReadouts = memo(function GradientReadouts(props: {
  live: Live<ProbeState>;
  cost: GradientCost | null;
}) {
  const { cost, live } = props;
  const locale = useGradientWords();
  const select = useCallback(
    (state: ProbeState) => {
      const notice = flatNotice(state, locale);
      return {
        notice,
        kind: state.flat?.kind,
        items: cost ? gradientReadouts(cost, state, locale) : [],
        announcement: [state.valueText, notice].filter(Boolean).join(". "),
      };
    },
    [cost, locale],
  );
  const { items, announcement, notice, kind } = useLive(live, select);
  return (
    <>
      {cost ? (
        <Readouts label={locale.gradient.readouts} items={items} announcement={announcement} />
      ) : null}
      {notice ? (
        <p className="slopes-gradient-notice" data-kind={kind}>
          {notice}
        </p>
      ) : null}
    </>
  );
});

/** The two slices through the probe, each redrawn when its own slice changes. */
export const GradientSections = memo(function GradientSections(props: { live: Live<ProbeState> }) {
  return (
    <div
      className="slopes-gradient-sections"
      role="group"
      aria-label={useGradientWords().gradient.sections}
    >
      <Section live={props.live} select={firstSection} />
      <Section live={props.live} select={secondSection} />
    </div>
  );
});

function Section(props: { live: Live<ProbeState>; select: typeof firstSection }) {
  return <CrossSectionPlot section={useLive(props.live, props.select)} />;
}

const firstSection = (state: ProbeState) => state.sections[0];
const secondSection = (state: ProbeState) => state.sections[1];

/** The formula panel, typeset again once the probe has rested for 120 ms (one render). */
export const GradientFormulas = memo(function GradientFormulas(props: {
  live: Live<ProbeState>;
  cost: GradientCost;
}) {
  const { cost } = props;
  const locale = useGradientWords();
  const select = useCallback(
    (state: ProbeState) => gradientFormulas(cost, state, locale),
    [cost, locale],
  );
  const shown = useSettledLive(props.live, select, 120);
  return <FormulaPanel label={locale.gradient.formulas} formulas={shown} settleMs={0} />;
});
