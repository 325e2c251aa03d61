import type { UrlKind } from "../../src/models/urlParams";
import type { WidgetName } from "../../src/models/widgetPages";
import { WIDGET_PAGES } from "../../src/models/widgetPages";
import type { WidgetUrlSpec } from "../../src/models/widgetUrl";
import { elementAttributes, WIDGET_EMBEDS } from "../../src/pages/embedCode";

/**
 * The parameters of one widget page, read from the page's own URL table (the one the page reads
 * and the builder writes), so the guide cannot drift from the code.
 */
export function UrlParamsTable({ widget }: { widget: WidgetName }) {
  const spec = WIDGET_PAGES[widget] as unknown as WidgetUrlSpec<Record<string, unknown>>;
  const attributes = elementAttributes(widget);
  return (
    <table>
      <caption>
        <code>pages/{WIDGET_EMBEDS[widget].page}</code>
      </caption>
      <thead>
        <tr>
          <th>Parameter</th>
          <th>Sets</th>
          <th>Values</th>
          <th>Default</th>
          <th>
            Also an attribute of <code>&lt;{WIDGET_EMBEDS[widget].tag}&gt;</code>
          </th>
        </tr>
      </thead>
      <tbody>
        {spec.params.map((entry) => {
          const kind = entry.kind as UrlKind<unknown>;
          const fallback = spec.defaults[entry.key];
          return (
            <tr key={entry.name}>
              <td>
                <code>{entry.name}</code>
              </td>
              <td>{entry.doc}</td>
              <td>{kind.describe}</td>
              <td>
                {fallback === undefined ? "the graph's own" : <code>{kind.write(fallback)}</code>}
              </td>
              <td>{attributes.includes(entry.name) ? "yes" : "no"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
