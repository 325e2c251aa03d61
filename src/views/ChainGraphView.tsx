"use client";
import { forwardRef, useEffect, useId } from "react";
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
import { Tex } from "./Tex";

/** Props of {@link ChainGraphView}. */
export interface ChainGraphViewProps extends RootProps {
  /** The result of `useChainGraph` (anything with its `state`): what to draw. */
  graph: { state: ChainGraphState };
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
    const { state } = props.graph;
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
        <ChainGraphContent key={signature} {...props} />
      </figure>
    );
  },
);

/** Once per page, in development: is slopes' stylesheet there? */
function checkRoot(element: HTMLElement | null): void {
  if (element) checkStylesheet(element);
}

function ChainGraphContent(props: ChainGraphViewProps) {
  const { state } = props.graph;
  const { showStrip = true, showBackward = true, animation = "auto" } = props;
  const reduced = usePrefersReducedMotion();
  const control = animation === "auto" ? (reduced ? "step" : "play") : animation;
  const pass = useBackwardPass({ steps: state.backward.length, interval: props.interval });
  // Told once per step shown (not again when an input moves while the step stays shown).
  const onStep = useLatest(props.onBackwardStep);
  const backward = useLatest(state.backward);
  useEffect(() => {
    const step = pass.revealed > 0 ? backward.current[pass.revealed - 1] : undefined;
    if (step) onStep.current?.(step, pass.revealed - 1);
  }, [pass.revealed, backward, onStep]);
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
          layout={props.layout}
          pass={pass}
          title={props.title ?? words.graphLabel}
          titleId={`${id}-title`}
        />
      )}
      {showStrip ? (
        <div className="slopes-chain-strip">
          <span className="slopes-chain-strip-label">{words.productLabel}</span>
          {/* Inline (with display-size fractions) so a long product wraps at × and =. */}
          <Tex tex={`\\displaystyle ${state.tex.strip}`} className="slopes-chain-strip-tex" />
        </div>
      ) : null}
      {showBackward && !tooLarge ? (
        <BackwardControls steps={state.backward} pass={pass} control={control} />
      ) : null}
    </>
  );
}
