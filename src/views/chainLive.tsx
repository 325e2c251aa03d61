"use client";
import { memo, useCallback } from "react";
import type { Live } from "../hooks/live";
import { useLive, useSettledLive } from "../hooks/live";
import type { ChainEdge, ChainGraphState, ChainNode } from "../models/chainGraph";
import type { ChainEdgeShapeProps } from "./ChainEdgeShape";
import { ChainEdgeShape } from "./ChainEdgeShape";
import type { ChainNodeBoxProps } from "./ChainNodeBox";
import { ChainNodeBox } from "./ChainNodeBox";
import { Tex } from "./Tex";

// The parts of the chain graph's picture that follow its inputs: each subscribes to the graph's
// state (`live`) for the values it draws, so a move of an input redraws the nodes and edges whose
// values changed and leaves the picture's structure (boxes, routes, definitions) alone.

/** What stays still while the inputs move: the graph's shape, names and layout, as one key. */
export function shapeKey(state: ChainGraphState): string {
  const known = keys.get(state);
  if (known !== undefined) return known;
  const nodes = state.nodes.map((n) => `${n.id}:${n.tex}:${n.onPath ? 1 : 0}`);
  const edges = state.edges.map((e) => `${e.id}:${e.tex}:${e.nameTeX}:${e.onPath ? 1 : 0}`);
  const { width, height } = state.layout;
  const key = [state.kind, state.target, state.targets.join(","), width, height, ...nodes, ...edges]
    .join("\u0000")
    .concat(state.layout.tooLarge ? "!" : "");
  keys.set(state, key);
  return key;
}
const keys = new WeakMap<ChainGraphState, string>();

/** Two states of the same graph (only values differ): the picture's structure is kept. */
export const sameShape = (a: ChainGraphState, b: ChainGraphState) =>
  a === b || shapeKey(a) === shapeKey(b);

const sameValues = (a: ChainNode | undefined, b: ChainNode | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    Object.is(a.value, b.value) &&
    Object.is(a.adjoint, b.adjoint) &&
    a.defined === b.defined);

/** A node box that re-renders when its own value, adjoint or definedness changes. */
export const LiveNodeBox = memo(function LiveNodeBox(
  props: ChainNodeBoxProps & { live: Live<ChainGraphState> },
) {
  const { live, node, ...rest } = props;
  const select = useCallback(
    (state: ChainGraphState) => state.nodes.find((n) => n.id === node.id),
    [node.id],
  );
  const now = useLive(live, select, sameValues);
  const drawn = now
    ? { ...node, value: now.value, adjoint: now.adjoint, defined: now.defined }
    : node;
  return <ChainNodeBox node={drawn} {...rest} />;
});

const sameDerivative = (a: ChainEdge | undefined, b: ChainEdge | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    Object.is(a.derivative, b.derivative) &&
    a.defined === b.defined);

/** An edge that re-renders when its own local derivative (or definedness) changes. */
export const LiveEdgeShape = memo(function LiveEdgeShape(
  props: ChainEdgeShapeProps & { live: Live<ChainGraphState> },
) {
  const { live, edge, ...rest } = props;
  const select = useCallback(
    (state: ChainGraphState) => state.edges.find((e) => e.id === edge.id),
    [edge.id],
  );
  const now = useLive(live, select, sameDerivative);
  const drawn = now ? { ...edge, derivative: now.derivative, defined: now.defined } : edge;
  return <ChainEdgeShape edge={drawn} {...rest} />;
});

const valueTextOf = (state: ChainGraphState) => state.valueText;

/** The picture's accessible title with what the graph says now (on every move). */
export function LiveTitle(props: { live: Live<ChainGraphState>; title: string; id: string }) {
  const spoken = useLive(props.live, valueTextOf);
  return <title id={props.id}>{`${props.title}. ${spoken}`}</title>;
}

const stripOf = (state: ChainGraphState) => state.tex.strip;

/** The product strip's formula, typeset again once the inputs rest (120 ms), like the panel's. */
export function LiveStrip(props: { live: Live<ChainGraphState> }) {
  const strip = useSettledLive(props.live, stripOf, 120);
  // Inline (with display-size fractions) so a long product wraps at × and =.
  return <Tex tex={`\\displaystyle ${strip}`} className="slopes-chain-strip-tex" />;
}
