/** Text of the development server's "invalid data" page (src/dev/invalid-data.ts). */
export const DEV_INVALID = {
  title: "داده‌ها نامعتبرند",
  lead: "سایت تا درست شدن داده‌ها ساخته نمی‌شود. هر خط زیر یک مشکل است: پرونده، سطر و ستون، نوع مشکل، و مقدار.",
  fix: "پرونده را درست و ذخیره کنید؛ صفحه را دوباره بارگذاری کنید تا سایت برگردد. راهنمای ستون‌ها و قاعده‌ها در data/README.md است.",
  folder: "پوشهٔ داده",
  count: (n: number) => `${n.toLocaleString("fa-IR")} مشکل`,
} as const;
