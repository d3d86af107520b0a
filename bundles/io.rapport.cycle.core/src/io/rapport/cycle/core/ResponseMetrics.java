package io.rapport.cycle.core;

/**
 * The response metrics of one group (or of the total, with a {@code null} key), per DESIGN.md §3. Values that
 * are undefined (no addressed interaction, no response) are {@code null}.
 *
 * @param inbound              interactions not written by our accounts or staff
 * @param addressed            inbound interactions addressed to us
 * @param responded            addressed interactions with a response
 * @param responseRate         responded / addressed
 * @param medianMinutes        median first response time in minutes (continuous quantile)
 * @param p90Minutes           90th percentile of the first response time in minutes (continuous quantile)
 * @param negativeAddressed    addressed interactions that are negative
 * @param negativeUnanswered   negative addressed interactions without a response
 */
public record ResponseMetrics(String key, long inbound, long addressed, long responded, Double responseRate,
        Double medianMinutes, Double p90Minutes, long negativeAddressed, long negativeUnanswered) {

    /** Negative unanswered / negative addressed, {@code null} when nothing negative was addressed. */
    public Double unansweredNegativeShare() {
        return negativeAddressed == 0 ? null : (double) negativeUnanswered / negativeAddressed;
    }
}
