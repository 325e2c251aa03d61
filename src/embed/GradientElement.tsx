import { useCallback } from "react";
import { GradientExplorer } from "../explorers/GradientExplorer";
import type { Vec2 } from "../math/vec";
import type { ProbeState } from "../models/gradientProbe";
import { attributeReader, readBoolean, readChoice, BY_CONTENT } from "./attributes";
import { AttributeNotes } from "./AttributeNotes";
import { useResettableState } from "../hooks/useResettableState";
import { WithLanguage } from "./WithLanguage";

/** Attributes of `<slopes-gradient>` (all text, as written in the page). */
export interface GradientElementProps {
  cost?: string;
  variables?: string;
  probe?: string;
  learningRate?: string;
  domainX?: string;
  domainY?: string;
  resolution?: string;
  title?: string;
  theme?: string;
  lang?: string;
  editable?: string;
  showField?: string;
  showTrajectory?: string;
  showHeatmap?: string;
  showSections?: string;
  showFormulas?: string;
  /** Set by the element: dispatches the `change` event. */
  onChange?: (detail: ProbeState) => void;
}

/** The explorer's default window (useGradientField's), for an axis the page leaves out. */
const DEFAULT_WINDOW = { x: [-3, 3], y: [-2, 2] } as const;

/** The gradient explorer driven by attributes; each gesture's end dispatches `change`. */
export function GradientElement(props: GradientElementProps) {
  const read = attributeReader();
  const [probe, setProbe] = useResettableState<Vec2>(
    read.pair("probe", props.probe) ?? [1, 1],
    BY_CONTENT,
  );
  const [rate, setRate] = useResettableState(
    read.number("learning-rate", props.learningRate) ?? 0.1,
    BY_CONTENT,
  );
  const [showField, setShowField] = useResettableState(readBoolean(props.showField) ?? false);
  const [showTrajectory, setShowTrajectory] = useResettableState(
    readBoolean(props.showTrajectory) ?? false,
  );
  const [showHeatmap, setShowHeatmap] = useResettableState(readBoolean(props.showHeatmap) ?? false);
  // Read as pairs, not increasing ranges: an empty or reversed window reaches the explorer,
  // which says so; a missing axis keeps the explorer's default.
  const domainX = read.pair("domain-x", props.domainX);
  const domainY = read.pair("domain-y", props.domainY);
  const resolution = read.number("resolution", props.resolution);
  const theme = readChoice(props.theme, ["light", "dark"] as const);
  const variables = props.variables
    ?.split(/[\s,]+/)
    .map((name) => name.trim())
    .filter(Boolean);
  const { onChange } = props;
  const onChangeEnd = useCallback((state: ProbeState) => onChange?.(state), [onChange]);
  return (
    <WithLanguage lang={props.lang}>
      <AttributeNotes unread={read.unread} theme={theme} />
      <GradientExplorer
        cost={props.cost || undefined}
        variables={variables && variables.length === 2 ? variables : undefined}
        probe={probe}
        onProbeChange={setProbe}
        learningRate={rate}
        onLearningRateChange={setRate}
        domain={
          domainX || domainY
            ? { x: domainX ?? DEFAULT_WINDOW.x, y: domainY ?? DEFAULT_WINDOW.y }
            : undefined
        }
        resolution={resolution}
        title={props.title}
        theme={theme}
        editable={readBoolean(props.editable)}
        showField={showField}
        onShowFieldChange={setShowField}
        showTrajectory={showTrajectory}
        onShowTrajectoryChange={setShowTrajectory}
        showHeatmap={showHeatmap}
        onShowHeatmapChange={setShowHeatmap}
        showSections={readBoolean(props.showSections)}
        showFormulas={readBoolean(props.showFormulas)}
        onChangeEnd={onChangeEnd}
      />
    </WithLanguage>
  );
}
