"use client";
import { useLocale } from "../hooks/useLocale";
import type { ChainNode } from "../models/chainGraph";
import { texDerivativeInline, texValue, textValue } from "../models/chainFormat";
import { roundPixel } from "./pixels";
import { Tex } from "./Tex";

/** Props of {@link ChainNodeBox}. */
export interface ChainNodeBoxProps {
  node: ChainNode;
  /** Box size in pixels. @default 132 × 52 */
  width?: number | undefined;
  height?: number | undefined;
  /** The output's name, for the adjoint label `∂L/∂z = …`. */
  output: string;
  /** Show the node's adjoint under the box (revealed by the backward pass). @default false */
  showAdjoint?: boolean | undefined;
  /** The node is the input the derivative is taken with respect to. @default false */
  isTarget?: boolean | undefined;
  /** The node is the one the backward pass has just reached. @default false */
  current?: boolean | undefined;
}

/**
 * A node of a computation graph: a box with its definition in TeX (`u = 3x + 1`) and its live
 * value (to the widget's one precision, `CHAIN_DIGITS`), and, once the backward pass reaches it,
 * its adjoint under the box.
 */
export function ChainNodeBox(props: ChainNodeBoxProps) {
  const { node, width = 132, height = 52, output, showAdjoint = false } = props;
  const [cx, cy] = node.center;
  const x = roundPixel(cx - width / 2);
  const y = roundPixel(cy - height / 2);
  const locale = useLocale();
  const adjointTeX = `${texDerivativeInline(output, node.id)} = ${texValue(node.adjoint, locale)}`;
  return (
    <g
      className="slopes-chain-node"
      data-kind={node.kind}
      data-on-path={node.onPath ? "true" : undefined}
      data-target={props.isTarget ? "true" : undefined}
      data-current={props.current ? "true" : undefined}
      data-undefined={node.defined ? undefined : "true"}
      data-node={node.id}
    >
      <rect className="slopes-chain-node-box" x={x} y={y} width={width} height={height} rx={8} />
      <foreignObject x={x} y={y} width={width} height={height}>
        <div className="slopes-chain-node-content">
          <Tex tex={node.tex} className="slopes-chain-node-name" />
          <span className="slopes-chain-node-value">
            {node.kind === "input" ? "" : "= "}
            {textValue(node.value, locale)}
          </span>
        </div>
      </foreignObject>
      {showAdjoint ? (
        <foreignObject x={x - 20} y={roundPixel(y + height + 3)} width={width + 40} height={30}>
          <div className="slopes-chain-adjoint">
            <Tex tex={adjointTeX} />
          </div>
        </foreignObject>
      ) : null}
    </g>
  );
}
