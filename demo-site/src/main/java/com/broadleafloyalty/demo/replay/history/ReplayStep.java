package com.broadleafloyalty.demo.replay.history;

import java.time.LocalDateTime;

/** Something the replay does at a point of the shop's history: place an order or return part of one. */
public interface ReplayStep {

    LocalDateTime getDate();
}
