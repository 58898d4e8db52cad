package com.broadleafloyalty.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The test site's executor for work the shop does off the request thread (the feedback request's mail): it holds
 * the tasks until a test runs them, so no other thread's statements land in a test that counts a checkout's
 * statements and transactions (Hibernate's statistics are global). A test that expects the mail calls
 * {@link #runAll()}.
 */
public class HeldTasks implements Executor {

    private final List<Runnable> held = new ArrayList<Runnable>();

    @Override
    public synchronized void execute(Runnable task) {
        held.add(task);
    }

    /** Runs the held tasks on the calling thread, oldest first; how many ran. */
    public int runAll() {
        List<Runnable> tasks;
        synchronized (this) {
            tasks = new ArrayList<Runnable>(held);
            held.clear();
        }
        for (Runnable task : tasks) {
            task.run();
        }
        return tasks.size();
    }

    /** The feedback request's executor of the test context. */
    public static HeldTasks feedbackMails() {
        return LoyaltyTestContext.bean("blLoyaltyFeedbackMailExecutor", HeldTasks.class);
    }
}
