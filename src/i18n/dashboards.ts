/**
 * Persian text shared by the four dashboard pages (section headings and explanations). Each page
 * keeps its own title and introduction in a const at the top of its frontmatter.
 */
import { faDigits } from "../lib/format.ts";

export const DASH = {
  tocLabel: "بخش‌های این صفحه",
  charts: "نمودارها",
  conflicts: "ارقام ناهمخوان",
  figures: "همهٔ ارقام",
  figuresIntro:
    "هر رقمی که دربارهٔ این موضوع منتشر شده، با منبع و گوینده‌اش. ارقام مشکوک با دلیل تردید و ارقامی که زمانشان معلوم نیست هم اینجا هستند، ولی در نمودارها نمی‌آیند و جمع زده نمی‌شوند.",
  lists: "فهرست‌هایی که منابع نام برده‌اند",
  listOpen: "منبع فهرست را با «و ...» تمام کرده است؛ فهرست کامل نیست.",
  listSource: "منبع",
  nonCooperative: "برنامه‌های غیرتعاونی همین اداره",
  nonCooperativeIntro:
    "این ارقام دربارهٔ برنامه‌هایی است که ادارهٔ کل تعاون، کار و رفاه اجتماعی اجرا می‌کند ولی ارقام بخش تعاون نیست (مانند وام‌های اشتغال روستایی و عشایری). جدا آمده‌اند و با ارقام تعاونی‌ها جمع یا مقایسه نمی‌شوند.",
  ruralOrg: "سازمان تعاون روستایی (ثبت جداگانه)",
  ruralOrgIntro:
    "تعاونی‌های روستایی زیر نظر وزارت جهاد کشاورزی‌اند و ثبت و آمار جداگانه‌ای دارند. ارقامشان اینجا جدا آمده و جزو ارقام تعاونی‌های وزارت تعاون شمرده نمی‌شود.",
  national: "ارقام کشور در صفحهٔ «لرستان در ایران» آمده‌اند.",
  nationalLink: "لرستان در ایران",
  methodLink: "این ارقام چیستند و چگونه خوانده شوند (روش‌شناسی)",
  facts: {
    figures: (n: number) => `${faDigits(n)} رقم منتشرشده`,
    indicators: (n: number) => `${faDigits(n)} شاخص`,
    conflicts: (n: number) => `${faDigits(n)} مورد ارقام ناهمخوان`,
    doubted: (n: number) => `${faDigits(n)} رقم مشکوک (فقط در جدول)`,
    unknown: (n: number) => `${faDigits(n)} رقم با زمان نامعلوم (فقط در جدول)`,
  },
  count: (n: number) => `${faDigits(n)} رقم`,
  /** Conflict groups shown on a dashboard (the newest); the rest are tagged in the tables. */
  maxConflicts: 20,
  moreConflicts: (n: number) => `${faDigits(n)} مورد دیگر در جدول‌های همهٔ ارقام با برچسب «ارقام ناهمخوان» آمده‌اند.`,
  figuresPaged: (n: number, pages: number) => `${faDigits(n)} رقم، در ${faDigits(pages)} صفحه (هر شاخص در صفحه‌ای که از آن شروع می‌شود).`,
  figuresPagedLink: "همهٔ ارقام، صفحه به صفحه",
  figuresPageTitle: (dashboard: string) => `همهٔ ارقام: ${dashboard}`,
  definition: "تعریف",
} as const;
