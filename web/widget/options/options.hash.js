// A shareable link: each widget's state as an attribute query string under its key in the URL
// hash (#key=functions%3Delu%26alpha%3D0.5&other=...), so several widgets share one link.
import { toQuery } from "./options.attributes.js";

function hashEntries(hash) {
  return new URLSearchParams(hash.replace(/^#/, ""));
}

// The attribute entries stored for `key`, or null.
export function readHashState(key, hash = globalThis.location?.hash ?? "") {
  const query = hashEntries(hash).get(key);
  return query === null ? null : [...new URLSearchParams(query)];
}

// The current URL with `key`'s state replaced, other widgets' entries kept.
export function shareUrl(
  key,
  attributeEntries,
  href = globalThis.location.href,
) {
  const url = new URL(href);
  const entries = hashEntries(url.hash);
  entries.set(key, toQuery(attributeEntries));
  url.hash = entries.toString();
  return url.toString();
}
