"use client";
import { useChainWords } from "../hooks/useLocale";
import type { ChainNode } from "../models/chainGraph";
import { texDerivativeInline, texValue, textValue } from "../models/chainFormat";
import { roundPixel } from "./pixels";
import { Tex } from "./Tex";

/** Props of {@link ChainNodeBox}. */
export interface ChainNodeBoxProps {
  node: ChainNode;
  /** Box size in pixels. @default 124 × 52 */
  width?: number | undefined;
  height?: number | undefined;
  /**
   * Room for the adjoint under the box: its height, and how far past the box it may reach on
   * either side. @default 32 and 26
   */
  adjointHeight?: number | undefined;
  adjointOverhang?: number | undefined;
  /** The output's name, for the adjoint label `∂L/∂z = …`. */
  output: string;
  /** `d` rather than `∂` in the adjoint label (a pure chain: every step reads one node). */
  ordinary?: boolean | undefined;
  /** Show the node's adjoint under the box (revealed by the backward pass). @default false */
  showAdjoint?: boolean | undefined;
  /** The node is the input the derivative is taken with respect to. @default false */
  isTarget?: boolean | undefined;
  /** The node is the one the backward pass has just reached. @default false */
  current?: boolean | undefined;
  /**
   * The node's adjoint is the upstream factor of the product the backward pass is making right
   * now (drawn marked, `data-factor="upstream"`). @default false
   */
  upstream?: boolean | undefined;
}

/**
 * A node of a computation graph: a box with its definition in TeX (`u = 3x + 1`) and its live
 * value (to the widget's one precision, `CHAIN_DIGITS`), and, once the backward pass reaches it,
 * its adjoint under the box (on two lines when it does not fit on one).
 */
export function ChainNodeBox(props: ChainNodeBoxProps) {
  const { node, width = 124, height = 52, output, showAdjoint = false } = props;
  const { adjointHeight = 32, adjointOverhang = 26 } = props;
  const [cx, cy] = node.center;
  const x = roundPixel(cx - width / 2);
  const y = roundPixel(cy - height / 2);
  const locale = useChainWords();
  const name = texDerivativeInline(output, node.id, !props.ordinary);
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
        <foreignObject
          x={x - adjointOverhang}
          y={roundPixel(y + height)}
          width={width + 2 * adjointOverhang}
          height={adjointHeight}
        >
          <div className="slopes-chain-adjoint">
            <span
              className="slopes-chain-adjoint-text"
              data-factor={props.upstream ? "upstream" : undefined}
            >
              <Tex tex={`${name} =`} />
              <Tex tex={texValue(node.adjoint, locale)} />
            </span>
          </div>
        </foreignObject>
      ) : null}
    </g>
  );
}
