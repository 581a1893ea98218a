package dev.zoommcp.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Word filters: "every word of the filter is a word of the text", as an analyzer sees words. A topic filter
 * ({@link #inTopic}) compares stemmed words, so "plan" keeps "Weekly planning"; a name filter ({@link #inName})
 * compares whole words, so "dana" keeps "Dana Kim" and "Dàna" but not "Danae".
 */
public final class Words {

    private Words() {
    }

    /**
     * Keeps meeting topics that contain every word of {@code filter} (case, accents and English word endings
     * ignored).
     *
     * @throws IllegalArgumentException when the filter has no word to look for (only punctuation or stop words)
     */
    public static Predicate<String> inTopic(String filter) {
        return containingAll(Analyzers.TEXT, filter);
    }

    /**
     * Keeps names that contain every word of {@code filter} (case and accents ignored).
     *
     * @throws IllegalArgumentException when the filter has no word
     */
    public static Predicate<String> inName(String filter) {
        return containingAll(Analyzers.NAMES, filter);
    }

    /** The words of {@code text} as {@code analyzer} sees them, in order, once each. */
    static Set<String> of(Analyzer analyzer, String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return words;
    }

    private static Predicate<String> containingAll(Analyzer analyzer, String filter) {
        Set<String> wanted = of(analyzer, filter);
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("no word to look for");
        }
        return text -> text != null && of(analyzer, text).containsAll(wanted);
    }
}
