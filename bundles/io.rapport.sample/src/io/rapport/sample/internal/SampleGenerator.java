package io.rapport.sample.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plays every channel's script over the sample calendar. Deterministic: fixed seeds, fixed dates, no clock, no
 * hash-ordered iteration, so the same build always generates the same interactions.
 */
final class SampleGenerator {
    /** The seed of everything random in the sample (the first day of the sample period). */
    static final long SEED = 20250901L;
    static final int CUSTOMERS = 3000;

    private final SampleCompany company;
    private final SampleCalendar calendar;
    private final Phrasebook phrases;
    private final List<ChannelScript> scripts;

    SampleGenerator(SampleCompany company, SampleCalendar calendar, Phrasebook phrases, List<ChannelScript> scripts) {
        this.company = company;
        this.calendar = calendar;
        this.phrases = phrases;
        this.scripts = List.copyOf(scripts);
    }

    /** The sample as shipped. */
    static SampleGenerator standard() {
        return new SampleGenerator(new SampleCompany(), new SampleCalendar(), Phrasebook.load(),
                new SampleLineup().scripts());
    }

    SampleCompany company() {
        return company;
    }

    SampleCalendar calendar() {
        return calendar;
    }

    SampleData generate(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Generating the sample interactions", scripts.size());
        CustomerBase customers = new CustomerBase(company, CUSTOMERS, new Random(SEED));
        Wording wording = new Wording(calendar);
        List<ChannelExport> exports = new ArrayList<>();
        for (ChannelScript script : scripts) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            ChannelProfile profile = script.profile();
            // one random stream per channel: tuning one channel leaves the others' data unchanged
            Random random = new Random(SEED * 31 + profile.channel().hashCode());
            Transcript transcript = new Transcript(calendar.cutOff());
            Stage stage = new Stage(profile, company, customers, calendar, phrases, wording,
                    new ResponsePolicy(profile, company), new CommunityMemory(), transcript, random);
            for (YearMonth month : calendar.months()) {
                for (Scene scene : script.scenes()) {
                    scene.play(month, stage);
                }
            }
            exports.add(new ChannelExport(profile, transcript.chronological()));
            progress.worked(1);
        }
        return new SampleData(exports, customers);
    }
}
