package com.broadleafloyalty.nodes;

import com.broadleafloyalty.test.LoyaltyTestContext;
import com.broadleafloyalty.test.TestSmtp;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Node B of the two-node test: a second JVM with its own Broadleaf context on the test's PostgreSQL database. It
 * answers the test's commands on standard input, one per line, with one {@code NODE-B ...} line on standard output.
 */
public final class SecondNode {

    static final String PREFIX = "NODE-B ";

    private SecondNode() {
    }

    public static void main(String[] args) throws Exception {
        int smtpPort = Integer.parseInt(args[0]);
        LoyaltyTestContext.get();
        TestSmtp.pointMailSenderAt(smtpPort);
        NodeWork.databaseLocksOnly();
        say("READY");
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = commands.readLine()) != null) {
            String[] command = line.trim().split(" ");
            switch (command[0]) {
                case "REDEEM":
                    say("REDEEMED " + NodeWork.redeem(Long.parseLong(command[1]), Long.parseLong(command[2])));
                    break;
                case "AWARD":
                    NodeWork.award(Long.parseLong(command[1]));
                    say("AWARDED");
                    break;
                case "CHECKOUT":
                    NodeWork.checkout(Long.parseLong(command[1]), Integer.parseInt(command[2]));
                    say("CHECKED OUT");
                    break;
                case "EXPIRE":
                    say("EXPIRED " + NodeWork.expire());
                    break;
                case "REMIND":
                    say("REMINDED " + NodeWork.remind());
                    break;
                case "DELIVER":
                    say("DELIVERED " + NodeWork.deliver());
                    break;
                case "SEGMENTS":
                    say("SEGMENTS " + NodeWork.segments());
                    break;
                case "TIERS":
                    say("TIERS " + NodeWork.tiers());
                    break;
                case "CAMPAIGNS":
                    say("CAMPAIGNS " + NodeWork.campaigns());
                    break;
                case "RELEASE":
                    say("RELEASED " + NodeWork.release());
                    break;
                default:
                    say("BYE");
                    System.exit(0);
            }
        }
        System.exit(0);
    }

    private static void say(String what) {
        System.out.println(PREFIX + what);
        System.out.flush();
    }
}
