import { useCallback, useDeferredValue, useId, useState } from "react";
import type { UrlKind } from "../../src/models/urlParams";
import { BOOLEAN } from "../../src/models/urlParams";
import type { WidgetName, WidgetPageStates } from "../../src/models/widgetPages";
import { WIDGET_NAMES, WIDGET_PAGES } from "../../src/models/widgetPages";
import {
  elementCode,
  iframeCode,
  iframeSizerCode,
  pageUrl,
  reactCode,
} from "../../src/pages/embedCode";
import { pageTitle } from "../../src/pages/WidgetPage";
import { READER_FIELDS, WidgetExplorer } from "../../src/pages/WidgetExplorer";
import { CodeBlock } from "./CodeBlock";
import "./embedBuilder.css";

type AnyState = WidgetPageStates[WidgetName];

/** Props of {@link EmbedBuilder}. */
export interface EmbedBuilderProps {
  /** The widget shown first. @default "secant" */
  defaultWidget?: WidgetName;
  /**
   * Where the widget pages are hosted (the folder of `secant.html`). @default the docs site's own
   * `pages/` folder
   */
  defaultBase?: string;
}

const NAMES: Record<WidgetName, string> = {
  secant: "Secant and tangent",
  "chain-rule": "Chain rule",
  gradient: "Gradient",
};

/** The docs site's own widget pages, next to the page this runs in. */
function siteBase(): string {
  return typeof location === "undefined" ? "pages/" : new URL("pages/", location.href).href;
}

/**
 * The embed-code builder: pick a widget, set it up live (the real widget: drag, type, toggle),
 * set the author's switches, and copy the `<iframe>`, custom-element or React code for exactly
 * that state.
 */
export function EmbedBuilder({ defaultWidget = "secant", defaultBase }: EmbedBuilderProps) {
  // The widget and its state change together (a state belongs to one widget).
  const [setup, setSetup] = useState<{ widget: WidgetName; state: AnyState }>(() => ({
    widget: defaultWidget,
    state: WIDGET_PAGES[defaultWidget].defaults,
  }));
  const { widget, state } = setup;
  const [generation, setGeneration] = useState(0);
  // Its own radio group: a docs page shows several builders.
  const group = useId();
  const [base, setBase] = useState(() => defaultBase ?? siteBase());
  const start = useCallback((next: WidgetName) => {
    setSetup({ widget: next, state: WIDGET_PAGES[next].defaults });
    setGeneration((n) => n + 1);
  }, []);
  const setState = useCallback(
    (next: AnyState) => setSetup((current) => ({ ...current, state: next })),
    [],
  );
  // The codes follow a drag in a deferred render: the widget stays smooth.
  const shown = useDeferredValue(setup);
  const spec = WIDGET_PAGES[widget];
  const reader = READER_FIELDS[widget] as readonly string[];
  const switches = spec.params.filter((p) => !reader.includes(p.key));
  const title = pageTitle(shown.widget, shown.state.lang);
  const element = elementCode(shown.widget, shown.state);
  return (
    <div className="slopes-embed-builder">
      <fieldset>
        <legend>Widget</legend>
        {WIDGET_NAMES.map((name) => (
          <label key={name}>
            <input
              type="radio"
              name={group}
              value={name}
              checked={widget === name}
              onChange={() => start(name)}
            />{" "}
            {NAMES[name]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Author's switches</legend>
        {switches.map((p) => {
          const kind = p.kind as UrlKind<unknown>;
          const value = (state as unknown as Record<string, unknown>)[p.key];
          const set = (next: unknown) => setState({ ...state, [p.key]: next } as AnyState);
          return kind === BOOLEAN ? (
            <label key={p.name}>
              <input
                type="checkbox"
                checked={value === true}
                onChange={(event) => set(event.target.checked)}
              />{" "}
              <code>{p.name}</code>: {p.doc}
            </label>
          ) : (
            <label key={p.name}>
              <code>{p.name}</code>: {p.doc}{" "}
              <select value={String(value)} onChange={(event) => set(event.target.value)}>
                {(kind.choices ?? []).map((choice) => (
                  <option key={choice} value={choice}>
                    {choice}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
        <button type="button" onClick={() => start(widget)}>
          Start again from the defaults
        </button>
      </fieldset>
      <WidgetExplorer
        key={`${widget}-${generation}`}
        widget={widget}
        state={state}
        onStateChange={setState}
      />
      <label className="slopes-embed-builder-base">
        Where the widget pages are hosted{" "}
        <input type="url" value={base} onChange={(event) => setBase(event.target.value)} />
      </label>
      <p>
        <a href={pageUrl(shown.widget, shown.state, base)} target="_blank" rel="noreferrer">
          Open this state as a page
        </a>
      </p>
      <CodeBlock
        title="iframe (Moodle, Canvas, WordPress, Google Sites, Notion)"
        code={iframeCode(shown.widget, shown.state, base, title)}
        note={
          <>
            Optional, where the editor keeps scripts: one line per page that fits each frame to its
            widget&apos;s height: <code>{iframeSizerCode(base)}</code>
          </>
        }
      />
      <CodeBlock
        title="Custom element (plain HTML with slopes/embed)"
        code={element.code}
        note={
          element.missing.length > 0 ? (
            <>
              The element has no attribute for{" "}
              {element.missing.map((name, i) => (
                <span key={name}>
                  {i > 0 ? ", " : ""}
                  <code>{name}</code>
                </span>
              ))}
              : use the iframe or React code to keep {element.missing.length > 1 ? "them" : "it"}.
            </>
          ) : null
        }
      />
      <CodeBlock title="React" code={reactCode(shown.widget, shown.state)} />
    </div>
  );
}
