package dev.zoommcp.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two ways text is cut into words here, both thread-safe and shared:
 * <ul>
 * <li>{@link #TEXT}: what was said or written. Unicode word boundaries, case and accents folded ("Café" = "cafe"),
 * English possessives and stop words dropped, English words stemmed (Porter), so "pricing", "priced" and "prices" all
 * become "price". A word of another language is stemmed by the same rules on both sides, so it still matches itself
 * (case and accents folded), though not its other forms.</li>
 * <li>{@link #NAMES}: people's names and meeting topics taken literally: words, case and accents folded, no
 * stemming.</li>
 * </ul>
 */
public final class Analyzers {

    /** Words of spoken or written text, stemmed as English. */
    public static final Analyzer TEXT = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(words);
            stream = folded(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(words, new PorterStemFilter(stream));
        }

        /** What the query parser applies to prefix queries ("pric*"): folding only, no stemming. */
        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return folded(in);
        }
    };

    /** Words of a name, folded but not stemmed. */
    public static final Analyzer NAMES = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new StandardTokenizer();
            return new TokenStreamComponents(words, folded(words));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return folded(in);
        }
    };

    private Analyzers() {
    }

    private static TokenStream folded(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
