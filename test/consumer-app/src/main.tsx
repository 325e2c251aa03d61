// A small app that uses slopes as an installed package (from `npm pack`), as a course site would.
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { Plane, Curve, Handle, SecantExplorer } from "slopes";
import type { Vec2 } from "slopes";
import { compile, sampleCurve } from "slopes/math";
import "slopes/styles.css";
// Only for its effect: registers <slopes-secant> and the other elements (see index.html).
import "slopes/embed";

const cube = compile("x^3 - x", ["x"]);

function App() {
  const [x, setX] = useState(0.5);
  const curve: Vec2[][] = sampleCurve(cube, [-2, 2]);
  return (
    <main>
      <SecantExplorer fn="x^2" defaultX={1} />
      <Plane domain={{ x: [-2, 2], y: [-3, 3] }} title="A cubic">
        <Curve segments={curve} />
        <Handle
          value={[x, cube(x)]}
          axes="x"
          label="Point"
          onValueChange={([next]) => setX(next)}
        />
      </Plane>
    </main>
  );
}

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
