// The reference: a Mafs tangent demo (x², a point constrained to the curve, its tangent).
import "mafs/core.css";
import { Coordinates, Line, Mafs, Plot, useMovablePoint } from "mafs";
import { mount } from "./harness";

function MafsTangent() {
  const point = useMovablePoint([1, 1], { constrain: ([x]) => [x, x * x] });
  const [x, y] = point.point;
  const slope = 2 * x;
  return (
    <Mafs width={560} height={392} viewBox={{ x: [-3, 3], y: [-1, 9] }} preserveAspectRatio={false}>
      <Coordinates.Cartesian />
      <Plot.OfX y={(t) => t * t} />
      <Line.Segment point1={[x - 1.5, y - 1.5 * slope]} point2={[x + 1.5, y + 1.5 * slope]} />
      {point.element}
    </Mafs>
  );
}

mount(<MafsTangent />);
