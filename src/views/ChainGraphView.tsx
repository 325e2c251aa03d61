"use client";
import { forwardRef, useEffect, useId, useMemo } from "react";
import type { Live } from "../hooks/live";
import { constantLive, useLive } from "../hooks/live";
import { useLatest } from "../hooks/memory";
import { useBackwardPass } from "../hooks/useBackwardPass";
import { useChainWords } from "../hooks/useLocale";
import { usePrefersReducedMotion } from "../hooks/usePrefersReducedMotion";
import type { ChainGraphState } from "../models/chainGraph";
import type { ChainLayoutOptions } from "../models/chainLayout";
import type { BackwardStep } from "../models/chainText";
import { BackwardControls } from "./BackwardControls";
import { ChainGraphSvg } from "./ChainGraphSvg";
import type { RootProps } from "./rootProps";
import { classNames, pickRootProps, useMergedRef } from "./rootProps";
import { checkStylesheet } from "./stylesheetCheck";
import { LiveStrip, sameShape } from "./chainLive";

/** Props of {@link ChainGraphView}. */
export interface ChainGraphViewProps extends RootProps {
  /**
   * The result of `useChainGraph` (anything with its `state`, or its `live` state): what to draw.
   * With `live`, a move of an input redraws only the values that change.
   */
  graph: { state: ChainGraphState } | { live: Live<ChainGraphState> };
  /** The layout sizes the state was computed with, when not the defaults. */
  layout?: Partial<ChainLayoutOptions> | undefined;
  /** Accessible name of the picture. @default "Computation graph" (in the locale's language) */
  title?: string | undefined;
  /** Show the strip that multiplies the factors along the path. @default true */
  showStrip?: boolean | undefined;
  /** Offer the backward pass. @default true */
  showBackward?: boolean | undefined;
  /**
   * How the backward pass runs: `"auto"` animates it unless the reader prefers reduced motion,
   * in which case a "Next step" control steps through it; `"play"` and `"step"` force one.
   * @default "auto"
   */
  animation?: "auto" | "play" | "step" | undefined;
  /** Time between steps of the animation, in milliseconds. @default 900 */
  interval?: number | undefined;
  /**
   * Called each time the backward pass shows one more step (animated or stepped by the
   * reader), with that step and its index; the chain-rule explorer plays its tone.
   */
  onBackwardStep?: ((step: BackwardStep, index: number) => void) | undefined;
  /** Pin the colour theme. @default the page's `data-theme`, else the reader's system */
  theme?: "light" | "dark" | undefined;
}

/**
 * The computation graph of the chain rule, left to right (top to bottom in a narrow container):
 * nodes as boxes with their definition
 * and live value, edges labelled with their local derivative, the path from the target to the
 * output highlighted, a strip under the graph that multiplies the factors, and a backward pass
 * that carries the adjoints from the output back to the inputs. A graph too large to draw
 * readably says so instead of overlapping.
 */
export const ChainGraphView = forwardRef<HTMLElement, ChainGraphViewProps>(
  function ChainGraphView(props, ref) {
    const live = useGraphLive(props.graph);
    // The graph's structure: the same object while only its values change.
    const state = useLive(live, whole, sameShape);
    const { chain: words } = useChainWords();
    // A new graph (another mode, formula or target) starts its backward pass afresh.
    const signature = `${state.kind}|${state.target}|${state.nodes.map((n) => n.id).join(",")}`;
    const merged = useMergedRef(checkRoot, ref);
    return (
      <figure
        aria-label={props.title ?? words.graphLabel}
        {...pickRootProps(props)}
        ref={merged}
        className={classNames("slopes", "slopes-chain", props.className)}
        data-theme={props.theme ?? props["data-theme"]}
        data-kind={state.kind}
      >
        <ChainGraphContent key={signature} {...props} live={live} state={state} />
      </figure>
    );
  },
);

/** Once per page, in development: is slopes' stylesheet there? */
function checkRoot(element: HTMLElement | null): void {
  if (element) checkStylesheet(element);
}

/** The live state of `graph`: its own, or its `state` as a value that never changes. */
function useGraphLive(graph: ChainGraphViewProps["graph"]): Live<ChainGraphState> {
  const given = "live" in graph ? graph.live : null;
  const state = "state" in graph ? graph.state : null;
  const fixed = useMemo(() => (given || !state ? null : constantLive(state)), [given, state]);
  return given ?? (fixed as Live<ChainGraphState>);
}

const whole = (state: ChainGraphState) => state;
const backwardOf = (state: ChainGraphState) => state.backward;

function ChainGraphContent(
  props: ChainGraphViewProps & { live: Live<ChainGraphState>; state: ChainGraphState },
) {
  const { state, live } = props;
  const { showStrip = true, showBackward = true, animation = "auto" } = props;
  const reduced = usePrefersReducedMotion();
  const control = animation === "auto" ? (reduced ? "step" : "play") : animation;
  const pass = useBackwardPass({ steps: state.backward.length, interval: props.interval });
  // Told once per step shown (not again when an input moves while the step stays shown).
  const onStep = useLatest(props.onBackwardStep);
  useEffect(() => {
    const step = pass.revealed > 0 ? live.get().backward[pass.revealed - 1] : undefined;
    if (step) onStep.current?.(step, pass.revealed - 1);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- told once per step, not per move
  }, [pass.revealed, onStep]);
  const id = useId();
  const { chain: words } = useChainWords();
  const tooLarge = state.layout.tooLarge;
  return (
    <>
      {tooLarge ? (
        <p className="slopes-message">{words.tooLarge(tooLarge.columns, tooLarge.rows)}</p>
      ) : (
        <ChainGraphSvg
          state={state}
          live={live}
          layout={props.layout}
          pass={pass}
          title={props.title ?? words.graphLabel}
          titleId={`${id}-title`}
        />
      )}
      {showStrip ? (
        <div className="slopes-chain-strip">
          <span className="slopes-chain-strip-label">{words.productLabel}</span>
          <LiveStrip live={live} />
        </div>
      ) : null}
      {showBackward && !tooLarge ? (
        <LiveBackwardControls live={live} pass={pass} control={control} />
      ) : null}
    </>
  );
}

/** The backward pass's controls, following the values of its steps on every move. */
function LiveBackwardControls(props: {
  live: Live<ChainGraphState>;
  pass: Parameters<typeof BackwardControls>[0]["pass"];
  control: "play" | "step";
}) {
  const steps = useLive(props.live, backwardOf);
  return <BackwardControls steps={steps} pass={props.pass} control={props.control} />;
}
