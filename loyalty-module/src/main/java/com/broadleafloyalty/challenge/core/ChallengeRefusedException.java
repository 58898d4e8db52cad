package com.broadleafloyalty.challenge.core;

import com.broadleafloyalty.support.core.LoyaltyRefusal;
import com.broadleafloyalty.support.core.LoyaltyText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A challenge the admin typed that cannot be saved: every problem found, each a message key. Nothing was changed. */
public class ChallengeRefusedException extends LoyaltyRefusal {

    private static final long serialVersionUID = 1L;

    private final List<LoyaltyText> problems;

    public ChallengeRefusedException(List<LoyaltyText> problems) {
        super(problems.get(0));
        this.problems = new ArrayList<LoyaltyText>(problems);
    }

    public ChallengeRefusedException(String messageKey, Object... arguments) {
        this(Collections.singletonList(LoyaltyText.of(messageKey, arguments)));
    }

    public List<LoyaltyText> getProblems() {
        return Collections.unmodifiableList(problems);
    }
}
