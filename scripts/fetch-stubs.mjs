// citation-js can fetch a citation from a URL or a DOI (its util/fetchFile.js imports sync-fetch and node-fetch,
// with web-streams-polyfill, fetch-blob and formdata-polyfill: about 70 modules). cable never gives it a URL, so
// these stand in for both in the format bundle: a citation loads none of it, and a fetch, were one ever asked
// for, is refused.
export class Headers {}
export default function refuse() {
  throw new Error('cable does not fetch URLs');
}
refuse.Headers = Headers;
