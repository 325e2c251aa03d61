"use client";
import { useId, useMemo, useState } from "react";
import type { UseChainGraphOptions } from "../hooks/useChainGraph";
import { useChainGraph } from "../hooks/useChainGraph";
import { useLocale } from "../hooks/useLocale";
import { formatSignificant } from "../i18n/formatNumber";
import { format as formatExpr } from "../math/formatExpression";
import { textVariable } from "../models/chainFormat";
import type { ChainMode } from "../models/chainProgram";
import { chainSpec } from "../models/chainProgram";
import { ChainGraphView } from "../views/ChainGraphView";
import { ChainSaturationNotice } from "./ChainSaturationNotice";
import { chainFormulas, chainReadouts, targetOptions } from "./chainPanelText";
import { Choice } from "./parts/Choice";
import { ExplorerBoundary } from "./parts/ExplorerBoundary";
import { ExpressionField } from "./parts/ExpressionField";
import { FormulaPanel } from "./parts/FormulaPanel";
import { WhenNear } from "./parts/WhenNear";
import { LogSlider } from "./parts/LogSlider";
import { Readouts } from "./parts/Readouts";

/** Props of {@link ChainRuleExplorer}: every option of `useChainGraph`, plus what to show. */
export interface ChainRuleExplorerProps extends UseChainGraphOptions {
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
  /** Pin the colour theme. */
  theme?: "light" | "dark" | undefined;
  className?: string | undefined;
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
  return resolved.ok ? formatExpr(resolved.spec.composed) : "";
}

/**
 * The chain rule, ready to embed: toggle the composition f(g(x)) and the neuron, move x (and
 * w, b, y), pick dL/dw or dL/db, type any composition in x; each edge carries its local
 * derivative and the product along the path rebuilds the total derivative, checked against the
 * engine. A saturated neuron shows and speaks the vanishing gradient.
 * @example <ChainRuleExplorer defaultMode="composition" defaultInputs={{ x: 1 }} />
 */
export function ChainRuleExplorer(props: ChainRuleExplorerProps) {
  const { chain: words } = useLocale();
  return (
    <ExplorerBoundary title={props.title ?? words.title}>
      <WhenNear title={props.title ?? words.title} minHeight={760} lazy={props.lazy}>
        <ChainRuleExplorerBody {...props} />
      </WhenNear>
    </ExplorerBoundary>
  );
}

function ChainRuleExplorerBody(props: ChainRuleExplorerProps) {
  const { composition, editable = true, onCompositionChange, showFormulas = true } = props;
  // What the reader typed; `null` until they type, so the page's composition is drawn as given.
  const [typed, setTyped] = useState<string | null>(null);
  const [given, setGiven] = useState(() => ({ composition }));
  if (given.composition !== composition) {
    setGiven({ composition });
    setTyped(null);
  }
  const initialText = useMemo(() => compositionText(composition), [composition]);
  const result = useChainGraph({ ...props, composition: typed ?? composition });
  const { state } = result;
  const locale = useLocale();
  const words = locale.chain;
  const title = props.title ?? words.title;
  const custom = props.program !== undefined;
  const canType = editable && !custom && result.mode === "composition";
  const titleId = useId();

  return (
    <div
      className={["slopes", "slopes-explorer", "slopes-chain-explorer", props.className]
        .filter(Boolean)
        .join(" ")}
      data-theme={props.theme}
      role="group"
      aria-labelledby={titleId}
    >
      <p className="slopes-explorer-title" id={titleId}>
        {title}
      </p>
      {custom ? null : (
        <Choice<ChainMode>
          legend={words.mode}
          value={result.mode}
          options={[
            { value: "composition", label: words.modeComposition },
            { value: "neuron", label: words.modeNeuron },
          ]}
          onValueChange={(mode) => {
            result.setMode(mode);
            result.endChange();
          }}
        />
      )}
      <ChainGraphView
        state={result}
        layout={props.layout}
        showBackward={props.showBackward}
        animation={props.animation}
        theme={props.theme}
      />
      <div className="slopes-chain-controls">
        <div className="slopes-explorer-side">
          {canType ? (
            <ExpressionField
              label={words.formulaLabel}
              value={typed ?? initialText}
              problem={result.problem}
              help={words.formulaHelp}
              keptNote={words.keptLastGood}
              onValueChange={(text) => {
                setTyped(text);
                if (chainSpec({ mode: "composition", composition: text }).ok) {
                  onCompositionChange?.(text);
                }
              }}
            />
          ) : null}
          <fieldset className="slopes-chain-inputs">
            <legend>{words.inputsGroup}</legend>
            {result.controls.map((control) => {
              const name = textVariable(control.name);
              return (
                <LogSlider
                  key={control.name}
                  scale="linear"
                  label={words.inputLabel(name)}
                  value={control.value}
                  min={control.min}
                  max={control.max}
                  step={control.step}
                  onValueChange={(value) => result.setInput(control.name, value)}
                  onChangeEnd={result.endChange}
                  format={(v) =>
                    words.inputValueText(
                      name,
                      formatSignificant(v, { digits: 4, locale: locale.code }),
                    )
                  }
                />
              );
            })}
          </fieldset>
          {state.targets.length > 1 ? (
            <Choice
              legend={words.target}
              value={state.target}
              options={targetOptions(state)}
              onValueChange={(target) => {
                result.setTarget(target);
                result.endChange();
              }}
            />
          ) : null}
        </div>
        <div className="slopes-explorer-side">
          <ChainSaturationNotice state={state} />
          <Readouts
            label={words.readouts}
            items={chainReadouts(state, locale)}
            announcement={state.valueText}
          />
        </div>
      </div>
      {showFormulas ? (
        <FormulaPanel label={words.formulas} formulas={chainFormulas(state, locale)} />
      ) : null}
    </div>
  );
}
