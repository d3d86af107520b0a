package io.rapport.sample.internal;

import java.time.YearMonth;

/** One kind of thing that happens on a channel every month (customers mention us, we post, people review…). */
interface Scene {
    void play(YearMonth month, Stage stage);
}
