import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fireEvent, within } from "storybook/test";
import { Tex, formatSignificant, useChainGraph } from "../../src";

/** A two-layer network, deeper than the chapter's neuron: backpropagation through two weights. */
const TWO_LAYERS = { h: "w1*x", a: "tanh(h)", o: "w2*a", L: "(o - y)^2" };

/**
 * `useChainGraph` with markup of its own, no `ChainGraphView`: a table of the edges on the
 * path with their local derivatives, and the product written out. The hook returns data only.
 */
function PathTable() {
  const chain = useChainGraph({
    program: TWO_LAYERS,
    defaultInputs: { x: 1, w1: 0.8, w2: -1.5, y: 0.5 },
    defaultTarget: "w1",
  });
  const { state } = chain;
  const path = state.paths[0];
  const w1 = chain.controls.find((c) => c.name === "w1");
  return (
    <figure style={{ margin: 0, maxWidth: 560 }}>
      <label>
        w₁{" "}
        <input
          type="range"
          min={w1?.min}
          max={w1?.max}
          step={w1?.step}
          value={w1?.value ?? 0}
          onChange={(event) => chain.setInput("w1", Number(event.target.value))}
        />{" "}
        <output>{formatSignificant(w1?.value ?? 0, { digits: 3 })}</output>
      </label>
      <table>
        <caption>Local derivatives along the path from w₁ to L</caption>
        <thead>
          <tr>
            <th scope="col">Edge</th>
            <th scope="col">Formula</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {path?.factors.map((factor) => (
            <tr key={factor.edge}>
              <td>
                <Tex tex={factor.labelTeX} />
              </td>
              <td>{factor.text}</td>
              <td>{formatSignificant(factor.value, { digits: 4 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption>
        ∂L/∂w₁ ={" "}
        <output data-testid="product">{formatSignificant(state.product, { digits: 6 })}</output>{" "}
        (engine: {formatSignificant(state.check.value, { digits: 6 })})
      </figcaption>
    </figure>
  );
}

const meta = {
  title: "Hooks/useChainGraph",
  component: PathTable,
} satisfies Meta<typeof PathTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Headless: the hook's paths and factors in a plain table, kept in step with a range input. */
export const Headless: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const rows = canvas.getAllByRole("row");
    await expect(rows).toHaveLength(5);
    const product = canvas.getByTestId("product");
    const before = product.textContent;
    fireEvent.change(canvas.getByRole("slider", { name: /w₁/ }), { target: { value: "2" } });
    await expect(product.textContent).not.toBe(before);
    await expect(canvas.getByText(/engine:/).textContent).toContain(product.textContent ?? "?");
  },
};
