import { timeDots } from "../kinds/time-dots.ts";

/** Knowledge-based cooperatives in Lorestan: few figures, but they show the direction. */
export default timeDots({
  id: "coops-knowledge-based",
  theme: "cooperatives",
  indicator: "coops-knowledge-based",
  place: "lorestan",
  zero: true,
});
