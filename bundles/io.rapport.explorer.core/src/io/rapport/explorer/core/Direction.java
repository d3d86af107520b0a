package io.rapport.explorer.core;

/** Who wrote an interaction (DESIGN.md §3): a customer ({@code inbound}) or we, an account or staff ({@code outbound}). */
public enum Direction {
    ANY, INBOUND, OUTBOUND
}
