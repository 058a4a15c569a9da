package org.corpex.figures;

import java.util.List;
import org.corpex.language.When;

/**
 * What a figure states, read from its own clause and the sentences before it: of whom, what is measured, where or among
 * whom, according to which poll, and when. Two figures of different documents state one fact when their frames agree on
 * these and share enough of what their clauses say (see compare's {@code Facts}).
 *
 * @param entity whom the figure is of, resolved across mentions ("clinton" for "Mrs. Clinton", "her", "the former
 *     secretary of state"); "" when the text does not say
 * @param entityName the fullest name the document writes for the entity ("Hillary Clinton")
 * @param measures the measure classes the clause names ("raise", "spend", "vote"), sorted
 * @param scope the places and groups the figure is of ("ohio", "democrats"), sorted
 * @param poll the poll the figure comes from, as the words of its makers' names ("cbs news new times york"); ""
 * @param when the time it refers to
 * @param anchors what else its clause says, typed: "e:" entities, "p:" places, "q:" places of the sentence before, "g:"
 *     groups, "w:" word stems, "n:" other numbers
 */
public record Frame(
        String entity,
        String entityName,
        List<String> measures,
        List<String> scope,
        String poll,
        When when,
        List<String> anchors) {

    /** No frame: a figure that measures nothing (a year, a date, a bare number) or one built by hand. */
    public static final Frame NONE = new Frame("", "", List.of(), List.of(), "", When.UNKNOWN, List.of());

    public boolean none() {
        return this == NONE || anchors.isEmpty() && entity.isEmpty() && measures.isEmpty();
    }
}
