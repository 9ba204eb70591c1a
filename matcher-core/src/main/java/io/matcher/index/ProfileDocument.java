package io.matcher.index;

import org.apache.lucene.document.Document;

/**
 * A profile ready for indexing.
 *
 * @param id profile id
 * @param hash content hash of everything indexed
 * @param document the Lucene document (id and hash fields included)
 */
record ProfileDocument(String id, String hash, Document document) {}
