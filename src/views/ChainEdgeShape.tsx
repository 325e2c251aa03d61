"use client";
import { useChainWords } from "../hooks/useLocale";
import type { ChainEdge } from "../models/chainGraph";
import { texValue, textValue } from "../models/chainFormat";
import type { ChainOrientation } from "../models/chainLayoutLabels";
import { roundPixel } from "./pixels";
import { Tex } from "./Tex";
import { arrowHead, edgePath } from "./chainShapes";

/** Props of {@link ChainEdgeShape}. */
export interface ChainEdgeShapeProps {
  edge: ChainEdge;
  /** Room kept for the label, centred on `edge.labelAt`. @default 120 × 68 */
  labelWidth?: number | undefined;
  labelHeight?: number | undefined;
  /** Which way the graph reads (where the arrowhead points). @default "horizontal" */
  orientation?: ChainOrientation | undefined;
  /** The backward pass is carrying an adjoint back along this edge right now. @default false */
  carrying?: boolean | undefined;
}

/**
 * One edge of a computation graph: a curve from box to box with an arrowhead, labelled with its
 * local derivative: its name, its formula and its value, one under the other (`∂z/∂w`, `= x`,
 * `= 2`; a constant once: `∂z/∂b`, `= 1`); "undefined here" where it does not exist. While the
 * backward pass multiplies by it, the label is marked as a factor (`data-factor="local"`).
 */
export function ChainEdgeShape(props: ChainEdgeShapeProps) {
  const { edge, labelWidth = 120, labelHeight = 68, carrying = false } = props;
  const orientation = props.orientation ?? "horizontal";
  const locale = useChainWords();
  const end = edge.route[edge.route.length - 1];
  const derivative = edge.defined ? edge.derivative : Number.NaN;
  // A constant local derivative (3) is written once; a formula (2u) gets its value below it.
  const constant = edge.tex === texValue(derivative, locale);
  const [lx, ly] = edge.labelAt;
  const d = edgePath(edge.route, orientation);
  return (
    <g
      className="slopes-chain-edge"
      data-on-path={edge.onPath ? "true" : undefined}
      data-carrying={carrying ? "true" : undefined}
      data-undefined={edge.defined ? undefined : "true"}
      data-edge={edge.id}
    >
      <path className="slopes-chain-edge-line" d={d} />
      {carrying ? <path className="slopes-chain-edge-flow" d={d} /> : null}
      {end ? (
        <polygon className="slopes-chain-edge-head" points={arrowHead(end, 8, orientation)} />
      ) : null}
      <foreignObject
        x={roundPixel(lx - labelWidth / 2)}
        y={roundPixel(ly - labelHeight / 2)}
        width={labelWidth}
        height={labelHeight}
      >
        <div className="slopes-chain-edge-label-box">
          <span className="slopes-chain-edge-label" data-factor={carrying ? "local" : undefined}>
            <Tex tex={edge.nameTeX} className="slopes-chain-edge-name" />
            <Tex tex={`= ${edge.tex}`} className="slopes-chain-edge-formula" />
            {constant ? null : (
              <span className="slopes-chain-edge-value">
                {/* Thin spaces around × keep 1.667 × 10⁻⁵ narrow enough for a phone. */}={" "}
                {textValue(derivative, locale).replace(/ × /gu, "\u2009×\u2009")}
              </span>
            )}
          </span>
        </div>
      </foreignObject>
    </g>
  );
}
