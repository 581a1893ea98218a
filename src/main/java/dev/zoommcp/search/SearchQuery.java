package dev.zoommcp.search;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A user's search text as a Lucene query, read leniently: it never fails on syntax. Supported: words (any may match;
 * turns with more of them, and rarer ones, rank first), {@code "quoted phrases"}, {@code -word} / {@code NOT word} to
 * exclude, {@code +word} to require, {@code AND} / {@code OR}, parentheses and {@code word*} prefixes. Characters with
 * another meaning in Lucene's syntax ({@code : / [ ] { } ^ ~ ? ! \}) separate words like spaces ({@code pricing/budget}
 * is two words, {@code title:price} finds "price"), so field names, ranges, fuzzy and regular-expression queries cannot
 * be written by accident; text that still does not parse (an unbalanced quote or parenthesis, a dangling operator) is
 * searched as plain words.
 */
public final class SearchQuery {

    /** The indexed field every query searches. */
    static final String FIELD = "text";

    /** Lucene syntax a user does not mean, read as spaces between words. */
    private static final String SEPARATORS = "\\:/[]{}^~?!";

    /** The operator words, which {@link QueryParser#escape} leaves as they are. */
    private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT)\\b");

    private final Query query;

    private SearchQuery(Query query) {
        this.query = query;
    }

    /**
     * @throws IllegalArgumentException when nothing is left to look for: no word (only punctuation or common English
     *         words such as "the"), or only excluded words
     */
    public static SearchQuery parse(String text) {
        Query query = parseOrNull(() -> separate(text, SEPARATORS));
        if (query == null) {
            query = parseOrNull(() -> OPERATOR.matcher(QueryParser.escape(separate(text, SEPARATORS)))
                    .replaceAll(word -> word.group().toLowerCase(Locale.ROOT)));
        }
        if (query == null || !findsSomething(query)) {
            throw new IllegalArgumentException("nothing to search for");
        }
        return new SearchQuery(query);
    }

    Query query() {
        return query;
    }

    @Override
    public String toString() {
        return query.toString(FIELD);
    }

    private static Query parseOrNull(Supplier<String> syntax) {
        QueryParser parser = new QueryParser(FIELD, Analyzers.TEXT);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        // "Q3-launch" or "e-mail" (one word to the user, two to the analyzer) is a phrase, not either word
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(syntax.get());
        } catch (ParseException | IndexSearcher.TooManyClauses malformed) {
            return null;
        }
    }

    /** Whether the query has a term it looks for (not only excluded ones). */
    private static boolean findsSomething(Query query) {
        boolean[] positive = { false };
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                positive[0] |= terms.length > 0;
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                positive[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return positive[0] && !(query instanceof BooleanQuery b && b.clauses().isEmpty());
    }

    private static String separate(String text, String separators) {
        StringBuilder separated = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            separated.append(separators.indexOf(c) >= 0 ? ' ' : c);
        }
        return separated.toString();
    }
}
