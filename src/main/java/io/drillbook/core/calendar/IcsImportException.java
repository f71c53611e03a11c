package io.drillbook.core.calendar;

import java.util.List;

/** A calendar file that cannot be imported; nothing of it was stored. Names the file and every problem. */
public class IcsImportException extends RuntimeException {
    private final transient List<IcsProblem> problems;

    public IcsImportException(String file, List<IcsProblem> problems) {
        super(file + ": nothing imported; " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + String.join("; ", problems.stream().map(p -> file + ":" + p.line() + ": " + p.message()).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<IcsProblem> problems() {
        return problems;
    }
}
