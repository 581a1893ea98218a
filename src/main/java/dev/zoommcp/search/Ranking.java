package dev.zoommcp.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Ranks passages against a query: one in-memory Lucene index per call (so every passage's score uses the same word
 * statistics, whichever meeting it comes from), BM25 scores, best first; ties keep the passages' order. Each hit comes
 * with a snippet of its text around the best-scoring words, matched words marked {@code **like this**}.
 */
public final class Ranking {

    /** Marks around a matched word in a snippet. */
    public static final String MARK = "**";

    private static final String ORDER = "order";

    /** The best passages, and how many matched in all. */
    public record Ranked(List<Hit> hits, int total) {
    }

    /** A matching passage with its score and marked snippet. */
    public record Hit(Passage passage, float score, String snippet) {
    }

    private Ranking() {
    }

    /**
     * @param max most hits returned (the best ones)
     * @param snippetChars about how long a snippet may be; a shorter passage comes whole
     */
    public static Ranked rank(List<Passage> passages, SearchQuery query, int max, int snippetChars) {
        if (passages.isEmpty()) {
            return new Ranked(List.of(), 0);
        }
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.TEXT)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCommitOnClose(true))) {
                for (int i = 0; i < passages.size(); i++) {
                    Document document = new Document();
                    document.add(new TextField(SearchQuery.FIELD, passages.get(i).text(), Field.Store.NO));
                    document.add(new StoredField(ORDER, i));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TopDocs top = searcher.search(query.query(), max);
                int total = searcher.count(query.query());
                StoredFields stored = searcher.storedFields();
                List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc doc : top.scoreDocs) {
                    Passage passage = passages.get(stored.document(doc.doc).getField(ORDER).numericValue().intValue());
                    hits.add(new Hit(passage, doc.score, snippet(query, passage.text(), snippetChars)));
                }
                return new Ranked(hits, total);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index failed", e);
        }
    }

    /**
     * The passage's text with matched words marked: whole when short, else its best fragment, with "…" where text was
     * left out.
     */
    static String snippet(SearchQuery query, String text, int snippetChars) {
        String flat = text.replaceAll("\\s+", " ").strip();
        boolean whole = flat.length() <= snippetChars;
        QueryScorer scorer = new QueryScorer(query.query(), SearchQuery.FIELD);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter(MARK, MARK), scorer);
        highlighter.setTextFragmenter(whole ? new NullFragmenter() : new SimpleSpanFragmenter(scorer, snippetChars));
        String marked;
        try {
            marked = highlighter.getBestFragment(Analyzers.TEXT, SearchQuery.FIELD, flat);
        } catch (IOException | InvalidTokenOffsetsException e) {
            marked = null;
        }
        if (marked == null) {
            return whole ? flat : flat.substring(0, snippetChars).strip() + "…";
        }
        marked = marked.strip();
        String plain = marked.replace(MARK, "");
        return (flat.startsWith(plain) ? "" : "…") + marked + (flat.endsWith(plain) ? "" : "…");
    }
}
