package io.rapport.sample.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything generated for the sample: the exports of every channel, and the customers behind them. */
record SampleData(List<ChannelExport> exports, CustomerBase customers) {

    SampleData {
        exports = List.copyOf(exports);
    }

    /** Customers who wrote something, each with the first channel they wrote on, in order of appearance. */
    Map<Customer, String> customersSeen() {
        Map<Customer, String> seen = new LinkedHashMap<>();
        for (ChannelExport e : exports) {
            for (Message m : e.messages()) {
                if (m.customer() != null) {
                    seen.putIfAbsent(m.customer(), e.profile().channel());
                }
            }
        }
        return seen;
    }
}
