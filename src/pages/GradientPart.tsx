"use client";
import { useCallback } from "react";
import { GradientExplorer } from "../explorers/GradientExplorer";
import type { GradientPageState } from "../models/widgetPages";
import type { PartProps } from "./follow";
import { themeOf, useFollow } from "./follow";

/** The gradient explorer of a widget page or of the embed-code builder, set from a page state. */
export function GradientPart({ state, onStateChange, lazy }: PartProps<"gradient">) {
  const follow = useFollow<GradientPageState>(state, onStateChange);
  return (
    <GradientExplorer
      defaultCost={state.cost}
      onCostChange={useCallback((cost: string) => follow({ cost }), [follow])}
      defaultProbe={[state.probe[0], state.probe[1]]}
      onProbeChange={useCallback(
        (probe: readonly [number, number]) => follow({ probe: [probe[0], probe[1]] }),
        [follow],
      )}
      defaultLearningRate={state.learningRate}
      onLearningRateChange={useCallback(
        (learningRate: number) => follow({ learningRate }),
        [follow],
      )}
      defaultShowField={state.showField}
      onShowFieldChange={(showField) => follow({ showField })}
      defaultShowTrajectory={state.showTrajectory}
      onShowTrajectoryChange={(showTrajectory) => follow({ showTrajectory })}
      defaultShowHeatmap={state.showHeatmap}
      onShowHeatmapChange={(showHeatmap) => follow({ showHeatmap })}
      editable={state.editable}
      showFormulas={state.showFormulas}
      showSections={state.showSections}
      theme={themeOf(state.theme)}
      lazy={lazy}
    />
  );
}
