/** /en/feed.xml: the releases feed in English (the same endpoint, which reads its language from the address). */
export { GET } from "../feed.xml.ts";
