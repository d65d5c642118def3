import { eventBars } from "../kinds/event-bars.ts";

/** Investment in the projects opened at each event (Cooperative Week, Fajr decade, others). */
export default eventBars({
  id: "package-investment",
  theme: "investment",
  indicator: "package-investment",
  place: "lorestan",
});
