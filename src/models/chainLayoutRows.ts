/** A node or a dummy point of the layered layout. */
export interface Item {
  id: string;
  /** An input (or a point on an input's edge): it may step aside for the chain. */
  source: boolean;
  preds: Item[];
  succs: Item[];
  row: number;
}

/** A few barycentre sweeps, down then up, to reduce crossings (stable sorts keep ties in order). */
export function orderLayers(layers: Item[][]): void {
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  for (let sweep = 0; sweep < 4; sweep++) {
    const down = sweep % 2 === 0;
    const order = down ? layers.slice(1) : layers.slice(0, -1).reverse();
    for (const layer of order) {
      const key = new Map(
        layer.map((item, i) => {
          const near = down ? item.preds : item.succs;
          return [item, near.length ? mean(near.map((n) => indexIn(layers, n))) : i] as const;
        }),
      );
      layer.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0));
    }
  }
}

function indexIn(layers: Item[][], item: Item): number {
  for (const layer of layers) {
    const i = layer.indexOf(item);
    if (i >= 0) return i;
  }
  return 0;
}

/**
 * Rows: each step sits at the mean row of the steps it reads (inputs count only when it reads
 * no step), then the layer is spread one row apart by a weighted isotonic fit, in which steps
 * weigh more than inputs, so side inputs (a bias, a target) step aside and the chain stays
 * straight. Inputs are then centred on their readers.
 */
export function placeRows(layers: Item[][]): void {
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  layers.forEach((layer) => layer.forEach((item, i) => (item.row = i - (layer.length - 1) / 2)));
  const forward = () => {
    for (const layer of layers.slice(1)) {
      const wanted = layer.map((item) => {
        const steps = item.preds.filter((p) => !p.source);
        const from = steps.length ? steps : item.preds;
        return from.length ? mean(from.map((p) => p.row)) : item.row;
      });
      spread(
        layer,
        wanted,
        layer.map((item) => (item.source ? 1 : 10)),
      );
    }
  };
  forward();
  for (const layer of [...layers].reverse()) {
    const wanted = layer.map((item) =>
      item.source && item.succs.length ? mean(item.succs.map((s) => s.row)) : item.row,
    );
    spread(
      layer,
      wanted,
      layer.map((item) => (item.source ? 1 : 100)),
    );
  }
  forward();
}

/** Rows as close to `wanted` as the weights say, in order, at least one row apart (PAVA). */
function spread(layer: Item[], wanted: number[], weights: number[]): void {
  const blocks: { value: number; weight: number; size: number }[] = [];
  wanted.forEach((w, i) => {
    blocks.push({ value: w - i, weight: weights[i] ?? 1, size: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1] as (typeof blocks)[0];
      const a = blocks[blocks.length - 2] as (typeof blocks)[0];
      if (a.value <= b.value) break;
      const weight = a.weight + b.weight;
      blocks.splice(-2, 2, {
        value: (a.value * a.weight + b.value * b.weight) / weight,
        weight,
        size: a.size + b.size,
      });
    }
  });
  let i = 0;
  for (const block of blocks)
    for (let k = 0; k < block.size; k++, i++) (layer[i] as Item).row = block.value + i;
}
