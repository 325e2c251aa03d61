"use client";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { UseBackwardPassResult } from "../hooks/useBackwardPass";
import { useChainWords } from "../hooks/useLocale";
import type { ChainEdge, ChainGraphState, ChainNode } from "../models/chainGraph";
import type { ChainLayout, ChainLayoutOptions } from "../models/chainLayout";
import { layoutChain } from "../models/chainLayout";
import type { Live } from "../hooks/live";
import { LiveEdgeShape, LiveNodeBox, LiveTitle } from "./chainLive";

/** Width assumed before the container is measured (and on the server): a desktop column. */
const UNMEASURED = 1024;

const useBeforePaint = typeof window === "undefined" ? useEffect : useLayoutEffect;

/**
 * The width of the graph's box, measured before the first paint and whenever it resizes (no
 * debounce: a phone gets its top-to-bottom layout at once, not after a horizontal flash).
 */
function useBoxWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(UNMEASURED);
  useBeforePaint(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(element.clientWidth > 0 ? element.clientWidth : UNMEASURED);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** A graph's nodes and edges placed by `layout`. */
interface Placed {
  readonly layout: ChainLayout;
  readonly nodes: readonly ChainNode[];
  readonly edges: readonly ChainEdge[];
}

function place(state: ChainGraphState, layout: ChainLayout): Placed {
  return {
    layout,
    nodes: state.nodes.map((n) => ({ ...n, center: layout.nodes[n.id]?.center ?? n.center })),
    edges: state.edges.map((e) => {
      const route = layout.routes[e.id] ?? e.route;
      return { ...e, route, labelAt: layout.labels[e.id] ?? e.labelAt };
    }),
  };
}

/**
 * The graph laid out for the width it has: left to right when that fits, else top to bottom
 * when that fits (a phone) with every label clear, else whichever is narrower (scrolled, with a
 * cue). A page that pins `layout.orientation` gets that one.
 */
export function useFittedLayout(
  state: ChainGraphState,
  options: Partial<ChainLayoutOptions> | undefined,
  available: number,
): Placed {
  const signature = state.edges.map((e) => e.id).join(",");
  const optionsKey = JSON.stringify(options ?? {});
  const both = useMemo(() => {
    const graph = state.nodes.map((n) => ({
      id: n.id,
      inputs: state.edges.filter((e) => e.to === n.id).map((e) => e.from),
    }));
    const lay = (orientation: "horizontal" | "vertical") =>
      layoutChain(graph, { ...options, orientation });
    return { horizontal: lay("horizontal"), vertical: lay("vertical") };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the signature stands for the graph
  }, [signature, optionsKey]);
  const { horizontal, vertical } = both;
  let layout = horizontal;
  if (options?.orientation === "vertical") layout = vertical;
  else if (options?.orientation === undefined && horizontal.width > available) {
    // Top to bottom only when its labels all found a clear spot (else the tidy horizontal
    // picture scrolls, with its cue).
    const tidy = vertical.crowded === 0 || horizontal.crowded > 0;
    if (tidy && (vertical.width <= available || vertical.width < horizontal.width))
      layout = vertical;
  }
  return useMemo(() => place(state, layout), [state, layout]);
}

/** Props of {@link ChainGraphSvg}. */
export interface ChainGraphSvgProps {
  /** The graph's structure (its values may be old: the nodes, edges and title read `live`). */
  state: ChainGraphState;
  live: Live<ChainGraphState>;
  layout?: Partial<ChainLayoutOptions> | undefined;
  pass: UseBackwardPassResult;
  title: string;
  titleId: string;
}

/**
 * The picture of a chain graph in its scroll box: edges, then nodes, with the backward pass's
 * adjoints revealed so far and, during a step, its two factors marked: the upstream adjoint and
 * the local derivative of the edge it travels back along. Drawn once per graph; on a move of an
 * input only the nodes and edges whose values change redraw (they read `live`).
 */
export function ChainGraphSvg(props: ChainGraphSvgProps) {
  const { state, live, pass, title, titleId } = props;
  const { chain: words } = useChainWords();
  const { ref, width: available } = useBoxWidth();
  const placed = useFittedLayout(state, props.layout, available);
  const { width, height, options: o } = placed.layout;
  const revealed = new Set(state.backward.slice(0, pass.revealed).map((s) => s.node));
  const current = pass.revealed > 0 ? state.backward[pass.revealed - 1] : undefined;
  const carrying = new Set(current?.edges ?? []);
  const upstream = new Set(state.edges.filter((e) => carrying.has(e.id)).map((e) => e.to));
  const scrolls = width > available + 1;
  const ordinary = state.edges.every((e) => !e.labelTeX.includes("\\partial"));
  return (
    <>
      {scrolls ? (
        <p className="slopes-chain-scroll-cue" aria-hidden="true">
          {words.graphScrollCue}
        </p>
      ) : null}
      <div
        ref={ref}
        className="slopes-chain-scroll"
        data-scrolls={scrolls ? "true" : undefined}
        // Focusable so that keyboard readers can scroll a graph wider than a phone.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="group"
        aria-label={scrolls ? words.graphScrollLabel : words.graphLabel}
      >
        <svg
          className="slopes-chain-svg"
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-labelledby={titleId}
          data-revealed={pass.revealed}
          data-orientation={o.orientation}
        >
          <LiveTitle live={live} title={title} id={titleId} />
          {placed.edges.map((edge) => (
            <LiveEdgeShape
              key={edge.id}
              live={live}
              edge={edge}
              labelWidth={o.labelWidth}
              labelHeight={o.labelHeight}
              orientation={o.orientation}
              carrying={carrying.has(edge.id)}
            />
          ))}
          {placed.nodes.map((node) => (
            <LiveNodeBox
              key={node.id}
              live={live}
              node={node}
              width={o.nodeWidth}
              height={o.nodeHeight}
              adjointHeight={o.adjointHeight}
              adjointOverhang={o.adjointOverhang}
              output={state.output}
              ordinary={ordinary}
              isTarget={node.id === state.target}
              current={current?.node === node.id}
              upstream={upstream.has(node.id)}
              showAdjoint={revealed.has(node.id)}
            />
          ))}
        </svg>
      </div>
    </>
  );
}
