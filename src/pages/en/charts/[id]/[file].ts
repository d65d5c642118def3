/** The English downloads beside each English chart page (`/en/charts/<id>/<id>.csv`, ...): the same endpoint, which reads its language from the address. */
export { getStaticPaths, GET } from "../../../charts/[id]/[file].ts";
