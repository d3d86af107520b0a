package io.rapport.sample.internal;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Channels;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.model.StaffMember;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nimbalo Mobile, the fictional UK mobile and broadband operator of the sample project: its brand accounts,
 * the staff who answer customers and the spaces it runs. Everything here is invented. Accounts and spaces are
 * spelled as each channel's export names them, as an analyst enters them in the settings: Mastodon accounts
 * as {@code user@host}, Facebook's page and people by their Graph API ids, the forum by its category.
 */
final class SampleCompany {
    static final String NAME = "Nimbalo Mobile";
    static final String SUBREDDIT = "r/Nimbalo";
    /** The company's Mastodon server: its accounts are {@code user@social.nimbalo.example}, as Mastodon names them. */
    static final String MASTODON_SERVER = "social.nimbalo.example";
    /** The Facebook page, as the Graph API names it: its id, which is also the first part of its posts' ids. */
    static final String FACEBOOK_PAGE = "104857362918274";
    /** The forum's support category on Discourse (its topics' {@code category_id}). */
    static final int FORUM_CATEGORY_ID = 5;
    /** The forum's space as the Discourse importer names a category. */
    static final String FORUM = "category:" + FORUM_CATEGORY_ID;

    /** Channels whose exports say themselves who is ours, so the settings need not list anyone there. */
    static final Set<String> SELF_DECLARING = Set.of(Channels.APP_STORE, Channels.GOOGLE_PLAY, Channels.TRUSTPILOT,
            Channels.ZENDESK);

    private static final Author X_BRAND = brand("nimbalo", "Nimbalo Mobile");
    private static final Author X_CARE = brand("nimbalohelp", "Nimbalo Help");
    private static final Author MASTODON = brand(onMastodon("nimbalo"), "Nimbalo Mobile");
    private static final Author REDDIT = brand("nimbalo_official", "Nimbalo Mobile");
    /** The page posts and answers as itself: the Graph API's {@code from} is the page. */
    private static final Author FACEBOOK = brand(FACEBOOK_PAGE, "Nimbalo Mobile");
    private static final Author INSTAGRAM = brand("nimbalo", "Nimbalo Mobile");
    private static final Author FORUM_TEAM = brand("nimbalo_team", "Nimbalo Team");
    /** The developer / company account on review sites: the review site marks its replies as ours. */
    private static final Author REVIEW_REPLIER = new Author("nimbalo", "Nimbalo Mobile Ltd", ActorRole.OUR_ACCOUNT,
            null, true);

    private final List<Employee> staff = List.of(
            employee("Maya Okafor", Department.SUPPORT, Channels.X, "maya_nimbalo", Channels.DISCOURSE, "maya.okafor",
                    Channels.ZENDESK, "maya.okafor@nimbalo.example"),
            employee("Jonas Weber", Department.SUPPORT, Channels.REDDIT, "nimbalo_jonas", Channels.DISCOURSE,
                    "jonas.weber", Channels.ZENDESK, "jonas.weber@nimbalo.example"),
            employee("Priya Raman", Department.SUPPORT, Channels.X, "priya_at_nimbalo", Channels.MASTODON,
                    onMastodon("priya"), Channels.ZENDESK, "priya.raman@nimbalo.example"),
            employee("Luis Ortega", Department.SUPPORT, Channels.FACEBOOK, "100086517342101", Channels.DISCOURSE,
                    "luis.ortega", Channels.ZENDESK, "luis.ortega@nimbalo.example"),
            employee("Grace Mwangi", Department.SUPPORT, Channels.X, "grace_nimbalo", Channels.ZENDESK,
                    "grace.mwangi@nimbalo.example"),
            employee("Hannah Berg", Department.PRODUCT, Channels.DISCOURSE, "hannah.berg", Channels.REDDIT,
                    "nimbalo_hannah_pm", Channels.X, "hannahberg_pm"),
            employee("Ade Mensah", Department.PRODUCT, Channels.DISCOURSE, "ade.mensah", Channels.REDDIT,
                    "ade_nimbalo_app"),
            employee("Kenji Sato", Department.ENGINEERING, Channels.DISCOURSE, "kenji.sato", Channels.REDDIT,
                    "nimbalo_kenji_net"),
            employee("Sofia Lindqvist", Department.ENGINEERING, Channels.DISCOURSE, "sofia.lindqvist",
                    Channels.MASTODON, onMastodon("sofia_lq"), Channels.X, "sofia_builds"),
            employee("Clara Dubois", Department.MARKETING, Channels.X, "claradubois_nim", Channels.INSTAGRAM,
                    "clara.at.nimbalo", Channels.FACEBOOK, "100072905518833"),
            employee("Ravi Patel", Department.MARKETING, Channels.INSTAGRAM, "ravi.nimbalo", Channels.REDDIT,
                    "nimbalo_ravi"),
            employee("Emma Novak", Department.SALES, Channels.X, "emma_nimbalo_biz", Channels.DISCOURSE, "emma.novak",
                    Channels.FACEBOOK, "100091244076519"),
            employee("Daniel Reyes", Department.COMMUNICATIONS, Channels.X, "danreyes_comms", Channels.MASTODON,
                    onMastodon("dreyes")),
            employee("Aisha Khan", Department.COMMUNICATIONS, Channels.REDDIT, "nimbalo_aisha", Channels.X,
                    "aisha_nimbalo_pr"));

    List<Employee> staff() {
        return staff;
    }

    /** Staff who write on a channel, in roster order. */
    List<Author> staffOn(String channel) {
        boolean declared = SELF_DECLARING.contains(channel);
        List<Author> out = new ArrayList<>();
        for (Employee e : staff) {
            e.on(channel, declared).ifPresent(out::add);
        }
        return out;
    }

    /** The account that posts campaigns on a channel, or {@code null} if the company does not post there. */
    Author brandAccount(String channel) {
        return switch (channel) {
            case Channels.X -> X_BRAND;
            case Channels.MASTODON -> MASTODON;
            case Channels.REDDIT -> REDDIT;
            case Channels.FACEBOOK -> FACEBOOK;
            case Channels.INSTAGRAM -> INSTAGRAM;
            case Channels.DISCOURSE -> FORUM_TEAM;
            default -> null;
        };
    }

    /** The account that answers customers on a channel, or {@code null} where only staff answer (tickets). */
    Author careAccount(String channel) {
        return switch (channel) {
            case Channels.X -> X_CARE;
            case Channels.APP_STORE, Channels.GOOGLE_PLAY, Channels.TRUSTPILOT -> REVIEW_REPLIER;
            case Channels.ZENDESK -> null;
            default -> brandAccount(channel);
        };
    }

    /** What an analyst would enter for this company: its accounts, its staff's accounts and its spaces. */
    ProjectSettings settings() {
        List<AccountRef> accounts = List.of(new AccountRef(Channels.X, X_BRAND.handle()),
                new AccountRef(Channels.X, X_CARE.handle()), new AccountRef(Channels.MASTODON, MASTODON.handle()),
                new AccountRef(Channels.REDDIT, REDDIT.handle()), new AccountRef(Channels.FACEBOOK, FACEBOOK.handle()),
                new AccountRef(Channels.INSTAGRAM, INSTAGRAM.handle()),
                new AccountRef(Channels.DISCOURSE, FORUM_TEAM.handle()));
        List<StaffMember> members = new ArrayList<>();
        for (Employee e : staff) {
            e.handles().entrySet().stream()
                    .filter(h -> !SELF_DECLARING.contains(h.getKey()))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(h -> members.add(new StaffMember(h.getKey(), h.getValue(), e.department().id())));
        }
        List<OwnedSpace> spaces = List.of(new OwnedSpace(Channels.REDDIT, SUBREDDIT),
                new OwnedSpace(Channels.FACEBOOK, FACEBOOK_PAGE), new OwnedSpace(Channels.DISCOURSE, FORUM));
        return new ProjectSettings(NAME + " (sample)", accounts, members, spaces);
    }

    /** Every handle of the company, so that no invented customer takes one. */
    List<String> reservedHandles(String channel) {
        List<String> out = new ArrayList<>();
        for (Author a : new Author[] { brandAccount(channel), careAccount(channel) }) {
            if (a != null) {
                out.add(a.handle());
            }
        }
        staffOn(channel).forEach(a -> out.add(a.handle()));
        return out;
    }

    /** A Mastodon handle on the company's server, {@code user@host} as the platform names accounts. */
    private static String onMastodon(String user) {
        return user + "@" + MASTODON_SERVER;
    }

    private static Author brand(String handle, String name) {
        return new Author(handle, name, ActorRole.OUR_ACCOUNT, null, false);
    }

    private static Employee employee(String name, Department department, String... channelHandlePairs) {
        Map<String, String> handles = new LinkedHashMap<>();
        for (int i = 0; i < channelHandlePairs.length; i += 2) {
            handles.put(channelHandlePairs[i], channelHandlePairs[i + 1]);
        }
        return new Employee(name, department, handles);
    }
}
