"use client";
import { useLocale } from "../hooks/useLocale";
import type { ChainEdge } from "../models/chainGraph";
import { texValue, textValue } from "../models/chainFormat";
import { roundPixel } from "./pixels";
import { Tex } from "./Tex";
import { arrowHead, edgePath } from "./chainShapes";

/** Props of {@link ChainEdgeShape}. */
export interface ChainEdgeShapeProps {
  edge: ChainEdge;
  /** Width available for the label (the gap between columns). @default 140 */
  labelWidth?: number | undefined;
  /** The backward pass is carrying an adjoint back along this edge right now. @default false */
  carrying?: boolean | undefined;
}

/**
 * One edge of a computation graph: a curve from box to box with an arrowhead, labelled with its
 * local derivative, named, as a formula and, below it, its value (`∂z/∂w = x`, `= 2`; a
 * constant once: `∂z/∂b = 1`); "undefined here" where it does not exist.
 */
export function ChainEdgeShape({ edge, labelWidth = 140, carrying = false }: ChainEdgeShapeProps) {
  const locale = useLocale();
  const end = edge.route[edge.route.length - 1];
  const derivative = edge.defined ? edge.derivative : Number.NaN;
  // A constant local derivative (3) is written once; a formula (2u) gets its value below it.
  const constant = edge.tex === texValue(derivative, locale);
  const [lx, ly] = edge.labelAt;
  const height = constant ? 26 : 42;
  return (
    <g
      className="slopes-chain-edge"
      data-on-path={edge.onPath ? "true" : undefined}
      data-carrying={carrying ? "true" : undefined}
      data-undefined={edge.defined ? undefined : "true"}
      data-edge={edge.id}
    >
      <path className="slopes-chain-edge-line" d={edgePath(edge.route)} />
      {carrying ? <path className="slopes-chain-edge-flow" d={edgePath(edge.route)} /> : null}
      {end ? <polygon className="slopes-chain-edge-head" points={arrowHead(end)} /> : null}
      <foreignObject
        x={roundPixel(lx - labelWidth / 2)}
        y={roundPixel(ly - height / 2)}
        width={labelWidth}
        height={height}
      >
        <div className="slopes-chain-edge-label-box">
          <span className="slopes-chain-edge-label">
            <Tex tex={edge.tex} />
            {constant ? null : (
              <span className="slopes-chain-edge-value">= {textValue(derivative, locale)}</span>
            )}
          </span>
        </div>
      </foreignObject>
    </g>
  );
}
