package com.broadleafloyalty.vip.service;

/** Outcome of issuing personal codes to a segment: how many were new, how many customers already had one. */
public class IssuedCodes {

    private final int issued;
    private final int alreadyHad;

    public IssuedCodes(int issued, int alreadyHad) {
        this.issued = issued;
        this.alreadyHad = alreadyHad;
    }

    public int getIssued() {
        return issued;
    }

    public int getAlreadyHad() {
        return alreadyHad;
    }

    @Override
    public String toString() {
        return issued + " codes issued, " + alreadyHad + " customers already had one";
    }
}
