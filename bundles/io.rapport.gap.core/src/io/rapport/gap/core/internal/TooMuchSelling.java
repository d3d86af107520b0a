package io.rapport.gap.core.internal;

import io.rapport.gap.core.GapIndicator;
import io.rapport.gap.core.GapIndicatorProperties;

import org.osgi.service.component.annotations.Component;

/**
 * Do our own posts engage rather than sell? The share of the posts we start (not replies) that are not promotional.
 */
@Component(service = GapIndicator.class)
@GapIndicatorProperties(id = "too-much-selling", label = "Too much selling (non-promotional posts)", version = "1")
public final class TooMuchSelling implements GapIndicator {

    @Override
    public String formula() {
        return "100 − 100 × promotional posts / our posts, i.e. 100 × non-promotional posts / posts we started; "
                + "promotional = a price, a discount or a call to buy (£5, 20% off, half price, pre-order, deal, "
                + "sale, buy, shop now, voucher, promo code...)";
    }

    @Override
    public String basis() {
        return "f.our_post";
    }

    @Override
    public String counted() {
        return "NOT f.promotional";
    }
}
