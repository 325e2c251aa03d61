"use client";
import { ChainRuleExplorer } from "../explorers/ChainRuleExplorer";
import type { ChainPageState } from "../models/widgetPages";
import type { PartProps } from "./follow";
import { themeOf, useFollow } from "./follow";

/** The chain-rule explorer of a widget page or of the embed-code builder, set from a page state. */
export function ChainPart({ state, onStateChange, lazy }: PartProps<"chain-rule">) {
  const follow = useFollow<ChainPageState>(state, onStateChange);
  const { x, w, b, y } = state;
  const given = Object.fromEntries(
    Object.entries({ x, w, b, y }).filter(([, value]) => value !== undefined),
  ) as Record<string, number>;
  return (
    <ChainRuleExplorer
      defaultMode={state.mode}
      // Switching the graph starts its inputs afresh (the explorer reports `{}` too); the target
      // stays as the explorer keeps it (the address leaves out one the graph does not offer).
      onModeChange={(mode) =>
        follow({ mode, x: undefined, w: undefined, b: undefined, y: undefined })
      }
      defaultComposition={state.composition}
      onCompositionChange={(composition) => follow({ composition })}
      defaultInputs={given}
      onInputsChange={(inputs) => follow({ x: inputs.x, w: inputs.w, b: inputs.b, y: inputs.y })}
      defaultTarget={state.target}
      onTargetChange={(target) => follow({ target: target as ChainPageState["target"] })}
      editable={state.editable}
      showFormulas={state.showFormulas}
      showBackward={state.showBackward}
      animation={state.animation}
      theme={themeOf(state.theme)}
      lazy={lazy}
    />
  );
}
