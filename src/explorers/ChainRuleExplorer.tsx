"use client";
import { forwardRef, useCallback, useDeferredValue, useMemo, useState } from "react";
import { useLive } from "../hooks/live";
import { useLatest } from "../hooks/memory";
import { MAX_NODES, writtenSize } from "../math/budgets";
import type { UseChainGraphOptions } from "../hooks/useChainGraph";
import { useChainSource } from "../hooks/useChainSource";
import { useChainWords } from "../hooks/useLocale";
import { useResettableState } from "../hooks/useResettableState";
import { format as formatExpr } from "../math/formatExpression";
import type { ChainGraphState } from "../models/chainGraph";
import type { ChainComposition, ChainMode } from "../models/chainProgram";
import { chainSpec, DEFAULT_COMPOSITION } from "../models/chainProgram";
import { ChainGraphView } from "../views/ChainGraphView";
import type { RootProps } from "../views/rootProps";
import { classNames } from "../views/rootProps";
import { ChainFormulas, ChainInputSlider, ChainReadouts } from "./ChainLiveParts";
import { useChainSound } from "./chainSound";
import { SoundControls } from "./parts/SoundControls";
import { targetOptions } from "./chainPanelText";
import { sameShape } from "../views/chainLive";
import { Choice } from "./parts/Choice";
import { ExplorerFrame } from "./parts/ExplorerFrame";
import { ExpressionField } from "./parts/ExpressionField";

/** Props of {@link ChainRuleExplorer}: every option of `useChainGraph`, plus what to show. */
export interface ChainRuleExplorerProps extends UseChainGraphOptions, RootProps {
  /**
   * The composition, owned by the page: a formula in x (`"(3x + 1)^2"`) or its two functions. A
   * new value replaces what the reader typed; each composition the reader types that works is
   * reported by `onCompositionChange`.
   */
  composition?: string | ChainComposition | undefined;
  /** The composition to start from when the reader owns it (uncontrolled). @default "(3x + 1)^2" */
  defaultComposition?: string | ChainComposition | undefined;
  /**
   * Heading of the widget, in the reader's language.
   * @default "The chain rule: multiply the slopes along the path"
   */
  title?: string | undefined;
  /** Let the reader type a composition in x. @default true */
  editable?: boolean | undefined;
  /** Called with each typed composition that works. */
  onCompositionChange?: ((source: string) => void) | undefined;
  /** Show the formula panel. @default true */
  showFormulas?: boolean | undefined;
  /** Offer the backward pass under the graph. @default true */
  showBackward?: boolean | undefined;
  /** How the backward pass runs (see `ChainGraphView`). @default "auto" */
  animation?: "auto" | "play" | "step" | undefined;
  /** Pin the colour theme. @default the page's `data-theme`, else the reader's system */
  theme?: "light" | "dark" | undefined;
  /**
   * Mount the widget only when it comes near the viewport (a page of many widgets costs what the
   * visible ones cost). Server rendering and hydration always render in full. @default true
   */
  lazy?: boolean | undefined;
}

/** The composition as one formula in x, for the text field: `(3x + 1)^2`. */
function compositionText(composition: UseChainGraphOptions["composition"]): string {
  if (typeof composition === "string") return composition;
  const resolved = chainSpec({ mode: "composition", composition });
  // A composition too large to type back (an author's outer and inner, each within budget, can
  // compose into a huge formula) leaves the field empty rather than writing it out.
  if (!resolved.ok || writtenSize(resolved.spec.composed, MAX_NODES) > MAX_NODES) return "";
  return formatExpr(resolved.spec.composed);
}

/**
 * The chain rule, ready to embed: toggle the composition f(g(x)) and the neuron, move x (and
 * w, b, y), pick dL/dw or dL/db, type any composition in x; each edge carries its local
 * derivative and the product along the path rebuilds the total derivative, checked against the
 * engine. A saturated neuron shows and speaks the vanishing gradient.
 * @example <ChainRuleExplorer defaultComposition="(3x + 1)^2" defaultMode="composition" defaultInputs={{ x: 1 }} />
 */
export const ChainRuleExplorer = forwardRef<HTMLDivElement, ChainRuleExplorerProps>(
  function ChainRuleExplorer(props, ref) {
    const { chain: words } = useChainWords();
    return (
      <ExplorerFrame
        {...props}
        ref={ref}
        className={classNames("slopes-chain-explorer", props.className)}
        title={props.title ?? words.title}
        placeholderHeight={720}
      >
        <ChainRuleExplorerBody {...props} />
      </ExplorerFrame>
    );
  },
);

function ChainRuleExplorerBody(props: ChainRuleExplorerProps) {
  const { editable = true, onCompositionChange, showFormulas = true } = props;
  const [ownComposition, setOwnComposition] = useState(
    () => props.defaultComposition ?? DEFAULT_COMPOSITION,
  );
  const composition = props.composition ?? ownComposition;
  const initialText = useMemo(() => compositionText(composition), [composition]);
  // What the reader typed; `null` until they type, so the page's composition is drawn as given.
  // A new composition from the page replaces it.
  const [typed, setTyped] = useResettableState<string | null>(null, { key: () => initialText });
  // The field echoes every keystroke at once; the graph follows in a deferred render that a newer
  // keystroke or a click interrupts.
  const drawnText = useDeferredValue(typed);
  // The inputs live in the hook's store: a move of a slider redraws only the parts that read
  // `result.live` (the values in the graph, the slider, the readouts), never this component.
  const result = useChainSource({ ...props, composition: drawnText ?? composition });
  const { live } = result;
  // The graph's structure (targets, target): the same object while only its values change.
  const state = useLive(live, whole, sameShape);
  const words = useChainWords().chain;
  const sound = useChainSound(live);
  // The same element while the source is the same: the end of a gesture re-renders this body
  // once (to report onChangeEnd), and the graph is left alone.
  const picture = useMemo(
    () => (
      <ChainGraphView
        graph={result}
        layout={props.layout}
        showBackward={props.showBackward}
        animation={props.animation}
        theme={props.theme}
        onBackwardStep={sound.onBackwardStep}
      />
    ),
    [result, props.layout, props.showBackward, props.animation, props.theme, sound.onBackwardStep],
  );
  // Stable props for the memoised controls, so the end of a gesture leaves them alone.
  const { setMode, setTarget, endChange } = result;
  const modes = useMemo(
    () => [
      { value: "composition" as const, label: words.modeComposition },
      { value: "neuron" as const, label: words.modeNeuron },
    ],
    [words],
  );
  const onMode = useCallback(
    (mode: ChainMode) => {
      setMode(mode);
      endChange();
    },
    [setMode, endChange],
  );
  const targets = useMemo(() => targetOptions(state), [state]);
  const onTarget = useCallback(
    (target: string) => {
      setTarget(target);
      endChange();
    },
    [setTarget, endChange],
  );
  const compositionChanged = useLatest(onCompositionChange);
  const onTyped = useCallback(
    (text: string) => {
      setTyped(text);
      if (chainSpec({ mode: "composition", composition: text }).ok) {
        setOwnComposition(text);
        compositionChanged.current?.(text);
      }
    },
    [setTyped, compositionChanged],
  );
  const custom = props.program !== undefined;
  const canType = editable && !custom && result.mode === "composition";

  return (
    <>
      {custom ? null : (
        <Choice<ChainMode>
          legend={words.mode}
          value={result.mode}
          options={modes}
          onValueChange={onMode}
        />
      )}
      {picture}
      <div className="slopes-chain-controls">
        <div className="slopes-explorer-side">
          {canType ? (
            <ExpressionField
              label={words.formulaLabel}
              value={typed ?? initialText}
              problem={result.problem}
              help={words.formulaHelp}
              keptNote={words.keptLastGood}
              onValueChange={onTyped}
            />
          ) : null}
          <fieldset className="slopes-chain-inputs">
            <legend>{words.inputsGroup}</legend>
            {result.spec.inputs.map((name) => (
              <ChainInputSlider
                key={name}
                live={live}
                spec={result.spec}
                name={name}
                setInput={result.setInput}
                endChange={result.endChange}
              />
            ))}
          </fieldset>
          {state.targets.length > 1 ? (
            <Choice
              legend={words.target}
              value={state.target}
              options={targets}
              onValueChange={onTarget}
            />
          ) : null}
        </div>
        <div className="slopes-explorer-side">
          <ChainReadouts live={live} />
          {sound.supported ? (
            <SoundControls
              on={sound.on}
              onToggle={sound.setOn}
              playLabel={words.playPass}
              onPlay={sound.playPass}
              status={sound.status}
            />
          ) : null}
        </div>
      </div>
      {showFormulas ? <ChainFormulas live={live} /> : null}
    </>
  );
}

const whole = (state: ChainGraphState) => state;
