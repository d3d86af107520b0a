package io.rapport.sample.internal;

import io.rapport.core.model.Channels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The sample's invented customers and who of them is on which channel. Picking a customer favours the active
 * ones, as in real data where a few people write a lot.
 */
final class CustomerBase {
    private static final List<String> FIRST = List.of(
            "Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Sophie", "Ella", "Freya", "Lily", "Chloe", "Ruby",
            "Zara", "Aisha", "Priya", "Fatima", "Hannah", "Emily", "Niamh", "Siobhan", "Megan", "Rhiannon", "Jess",
            "Leah", "Maria", "Agnieszka", "Ines", "Yuki", "Mei", "Chiamaka", "Oliver", "George", "Harry", "Noah",
            "Jack", "Leo", "Arthur", "Muhammad", "Oscar", "Charlie", "Jacob", "Thomas", "James", "William", "Rhys",
            "Callum", "Ewan", "Connor", "Liam", "Kwame", "Tunde", "Ravi", "Arjun", "Sanjay", "Tomasz", "Piotr", "Mateo",
            "Luca", "Hiro", "Wei", "Dan", "Sam", "Alex", "Chris", "Jordan", "Robyn", "Kerry", "Pat", "Jamie", "Morgan");
    private static final List<String> LAST = List.of(
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
            "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
            "Khan", "Ali", "Hussain", "Singh", "Sharma", "Begum", "Okoye", "Adeyemi", "Mensah", "Nowak", "Kowalski",
            "Murphy", "O'Brien", "Kelly", "MacDonald", "Campbell", "Stewart", "Fraser", "Griffiths", "Lewis", "Morgan",
            "Hughes", "Owen", "Price", "Chen", "Wong", "Nguyen", "Tanaka", "Rossi", "Garcia", "Silva", "Costa", "Novak",
            "Berg", "Hart", "Fox", "Bell", "Shaw", "Hunt", "Lloyd", "Reid", "Grant", "Barker", "Palmer", "Moss",
            "Quinn", "Doyle", "Byrne", "Lowe");
    private static final List<String> HANDLE_WORDS = List.of(
            "runs", "codes", "bakes", "travels", "uk", "writes", "music", "fc", "games", "photo", "cycles", "home",
            "dad", "mum", "life", "eats", "reads", "tech");
    private static final List<String> MASTODON_SERVERS = List.of(
            "mastodon.example", "toot.example", "mstdn.example", "fedi.example");
    private static final List<String> REGIONS = List.of(
            "North", "Midlands", "London", "South East", "South West", "Wales", "Scotland", "Northern Ireland");
    private static final List<Double> REGION_SHARES = List.of(
            0.2, 0.17, 0.18, 0.14, 0.1, 0.06, 0.1, 0.05);
    private static final List<String> PRODUCTS = List.of(
            "SIM only", "Phone contract", "Pay as you go", "Home broadband", "Business");
    private static final List<Double> PRODUCT_SHARES = List.of(
            0.32, 0.38, 0.12, 0.12, 0.06);

    /** Share of customers who use each channel (app-store for iPhone owners, google-play for Android). */
    private static final Map<String, Double> REACH = Collections.unmodifiableMap(reach());

    private final List<Customer> customers;
    private final Map<String, Pool> pools = new LinkedHashMap<>();

    /** The customers present on one channel, with cumulative activity for weighted picking. */
    private record Pool(List<Customer> members, double[] cumulative, List<Customer> regulars) {
    }

    CustomerBase(SampleCompany company, int size, Random random) {
        Map<String, Set<String>> taken = new LinkedHashMap<>();
        for (String channel : REACH.keySet()) {
            taken.put(channel, new HashSet<>(company.reservedHandles(channel)));
        }
        List<Customer> all = new ArrayList<>(size);
        for (int n = 1; n <= size; n++) {
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String last = LAST.get(random.nextInt(LAST.size()));
            Segment segment = Segment.draw(random);
            Map<String, String> handles = new LinkedHashMap<>();
            for (Map.Entry<String, Double> r : REACH.entrySet()) {
                if (random.nextDouble() < r.getValue()) {
                    String handle = uniqueHandle(r.getKey(), first, last, random, taken.get(r.getKey()));
                    handles.put(r.getKey(), asThePlatformNamesIt(r.getKey(), handle, n));
                }
            }
            double activity = Math.exp(1.1 * random.nextGaussian());
            double helpfulness = segment.helpFactor() * Math.exp(0.8 * random.nextGaussian());
            all.add(new Customer(n, first, last, segment, pick(REGIONS, REGION_SHARES, random),
                    pick(PRODUCTS, PRODUCT_SHARES, random), activity, helpfulness, handles));
        }
        this.customers = List.copyOf(all);
        for (String channel : REACH.keySet()) {
            pools.put(channel, pool(channel));
        }
    }

    List<Customer> all() {
        return customers;
    }

    /** A customer on the channel, the more active the likelier. */
    Customer pick(String channel, Random random) {
        Pool p = pools.get(channel);
        double r = random.nextDouble() * p.cumulative[p.cumulative.length - 1];
        int lo = 0;
        int hi = p.cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p.cumulative[mid] <= r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return p.members.get(lo);
    }

    /** A different customer on the channel than {@code not}. */
    Customer pickOther(String channel, Customer not, Random random) {
        Customer c = pick(channel, random);
        return c == not ? pick(channel, random) : c;
    }

    /** The channel's most helpful people: the regulars who answer others in forums and subreddits. */
    List<Customer> regulars(String channel) {
        return pools.get(channel).regulars;
    }

    private Pool pool(String channel) {
        List<Customer> members = customers.stream().filter(c -> c.uses(channel)).toList();
        double[] cumulative = new double[members.size()];
        double total = 0;
        for (int i = 0; i < members.size(); i++) {
            total += members.get(i).activity();
            cumulative[i] = total;
        }
        List<Customer> regulars = members.stream()
                .sorted((a, b) -> Double.compare(b.helpfulness(), a.helpfulness()))
                .limit(Math.max(5, members.size() / 30)).toList();
        return new Pool(members, cumulative, regulars);
    }

    private static String uniqueHandle(String channel, String first, String last, Random random, Set<String> taken) {
        String handle = handle(channel, first, last, random);
        while (!taken.add(handle.toLowerCase(Locale.ROOT))) {
            int at = handle.indexOf('@'); // keep e-mail addresses valid: the digit goes before the domain
            handle = at < 0 ? handle + random.nextInt(10)
                    : handle.substring(0, at) + random.nextInt(10) + handle.substring(at);
        }
        return handle;
    }

    /**
     * A handle as the channel's export names the person: on Mastodon {@code user@host} (people are spread over
     * servers, picked from the name so that no random draw changes), on Facebook the numeric id the Graph API
     * gives (one per customer); elsewhere the handle itself.
     */
    private static String asThePlatformNamesIt(String channel, String handle, int customer) {
        return switch (channel) {
            case Channels.MASTODON -> handle + "@" + MASTODON_SERVERS.get(Math.floorMod(handle.hashCode(),
                    MASTODON_SERVERS.size()));
            case Channels.FACEBOOK -> Long.toString(100_000_400_000_000L + customer * 7_919L);
            default -> handle;
        };
    }

    /** Handles in the style of each channel. */
    private static String handle(String channel, String first, String last, Random random) {
        String f = ascii(first);
        String l = ascii(last);
        int n = 1 + random.nextInt(98);
        return switch (channel) {
            case Channels.FACEBOOK -> f + "." + l + "." + (100 + random.nextInt(900));
            case Channels.GOOGLE_PLAY -> f + "." + l + n;
            case Channels.TRUSTPILOT -> f + "-" + l.charAt(0) + "-" + (1000 + random.nextInt(9000));
            case Channels.ZENDESK -> random.nextBoolean() ? f + "." + l + "@mail.example" : f + n + "@inbox.example";
            case Channels.APP_STORE -> capitalise(f) + capitalise(l.substring(0, 1)) + (1960 + random.nextInt(50));
            default -> switch (random.nextInt(5)) {
                case 0 -> f + "_" + l;
                case 1 -> f + l.charAt(0) + n;
                case 2 -> f + HANDLE_WORDS.get(random.nextInt(HANDLE_WORDS.size()));
                case 3 -> f.charAt(0) + l + n;
                // X and Reddit allow no dots in user names
                default -> f + (channel.equals(Channels.X) || channel.equals(Channels.REDDIT) ? "_" : ".") + l;
            };
        };
    }

    private static String ascii(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(List<String> values, List<Double> shares, Random random) {
        double r = random.nextDouble();
        for (int i = 0; i < values.size(); i++) {
            r -= shares.get(i);
            if (r < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    private static Map<String, Double> reach() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(Channels.X, 0.40);
        m.put(Channels.MASTODON, 0.07);
        m.put(Channels.REDDIT, 0.22);
        m.put(Channels.FACEBOOK, 0.35);
        m.put(Channels.INSTAGRAM, 0.30);
        m.put(Channels.APP_STORE, 0.28);
        m.put(Channels.GOOGLE_PLAY, 0.40);
        m.put(Channels.TRUSTPILOT, 0.20);
        m.put(Channels.ZENDESK, 0.45);
        m.put(Channels.DISCOURSE, 0.15);
        return m;
    }
}
