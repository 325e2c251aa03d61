import { ELEMENTS } from "../../src/embed/elements";
import { expectedText } from "../../src/embed/attributeSpec";
import { LESSON_ELEMENTS } from "../../src/lesson/elements/index";

/**
 * The attributes of every custom element, from the tables the elements themselves read
 * (src/embed/elements.ts, src/lesson/elements/index.ts): the docs cannot fall behind the code.
 */
export function AttributeTable() {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Element</th>
          <th scope="col">Attribute</th>
          <th scope="col">Value</th>
          <th scope="col">Example</th>
        </tr>
      </thead>
      <tbody>
        {[...ELEMENTS, ...LESSON_ELEMENTS].flatMap((element) =>
          element.attributes.map((attribute, index) => (
            <tr key={`${element.tag} ${attribute.name}`}>
              <td>{index === 0 ? <code>{`<${element.tag}>`}</code> : null}</td>
              <td>
                <code>{attribute.name}</code>
              </td>
              <td>{expectedText(attribute)}</td>
              <td>
                <code>{`${attribute.name}="${attribute.example}"`}</code>
                {attribute.with
                  ? ` with ${Object.entries(attribute.with)
                      .map(([name, value]) => `${name}="${value}"`)
                      .join(" ")}`
                  : ""}
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
