// Maps are drawn on the server for each request (the layout of each tree is computed once and kept in
// memory): one prebuilt map per wizard state would multiply the build by the number of paths, and a
// cache filled on demand would let any visitor make the server store pages.
export const dynamic = "force-dynamic";

export { generateMapMetadata as generateMetadata, TreeMapRoute as default } from "@/components/wizard/tree-map-route";
