package com.broadleafloyalty.lifecycle.service;

/** One "customers who bought this also bought" product in the post-purchase email: name, price, points, page. */
public final class Pick {

    private final String name;
    private final String price;
    private final long points;
    private final String url;

    Pick(String name, String price, long points, String url) {
        this.name = name;
        this.price = price;
        this.points = points;
        this.url = url;
    }

    public String getName() {
        return name;
    }

    public String getPrice() {
        return price;
    }

    public long getPoints() {
        return points;
    }

    public String getUrl() {
        return url;
    }
}
