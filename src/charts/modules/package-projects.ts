import { eventBars } from "../kinds/event-bars.ts";

/** Number of projects opened at each event. */
export default eventBars({
  id: "package-projects",
  theme: "investment",
  indicator: "package-projects",
  place: "lorestan",
});
