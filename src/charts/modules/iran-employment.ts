import { timeDots } from "../kinds/time-dots.ts";

/** Employment in Iran's cooperative sector: national context. */
export default timeDots({
  id: "iran-employment",
  theme: "context",
  title: "شاغلان بخش تعاون کشور در گذر زمان",
  subtitle: "تعداد شاغلان تعاونی‌های ایران در ارقام منتشرشده؛ هر نقطه یک رقم",
  indicator: "employment",
  place: "iran",
  noun: "شاغلان بخش تعاون کشور",
  unitLabel: "نفر",
});
