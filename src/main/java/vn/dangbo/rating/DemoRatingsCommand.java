package vn.dangbo.rating;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.rating.rules.Level;
import vn.dangbo.rating.rules.Score;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code java -jar dangbo.jar demo-ratings --year 2024}: for the benchmark (bench/ratings.sh), opens
 * the year's round for a province-sized data set and writes every member's proposal and decision in
 * bulk: one in ten excellent, seven good, two completed, which keeps within the 20% quota. The
 * per-member path re-checks the whole round at every decision and is not meant for 100,000 at once.
 */
@Component
@Profile("command")
class DemoRatingsCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final int CHUNK = 5_000;

    private final RatingManagement ratings;
    private final RatingRounds rounds;
    private final MemberReviews reviews;
    private final TransactionTemplate transaction;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;
    private int exitCode;

    DemoRatingsCommand(RatingManagement ratings, RatingRounds rounds, MemberReviews reviews, TransactionTemplate transaction, Clock clock) {
        this.ratings = ratings;
        this.rounds = rounds;
        this.reviews = reviews;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String[] raw = args.getSourceArgs();
        if (raw.length == 0 || !"demo-ratings".equals(raw[0])) {
            return;
        }
        int year;
        try {
            year = yearOf(raw);
        } catch (RuntimeException e) {
            System.err.println("Cách dùng: java -jar dangbo.jar demo-ratings --year NĂM");
            exitCode = 2;
            return;
        }
        try {
            if (rounds.findByYear(year).isEmpty()) {
                ratings.openRound(year, LocalDate.of(year, 12, 15), DemoRatings.COMMITTEE);
            }
            RatingRound round = rounds.findByYear(year).orElseThrow();
            long roundId = round.getId();
            List<Long> ids = transaction.execute(status -> reviews.findByRoundIdOrderByIdAsc(roundId).stream().map(MemberReview::getId).toList());
            Instant now = Instant.now(clock);
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                int offset = from;
                transaction.executeWithoutResult(status -> {
                    int i = offset;
                    for (MemberReview r : reviews.findAllById(chunk)) {
                        if (r.getDecidedLevel() == null && ratings.isRated(round, r)) {
                            Level level = i % 10 == 0 ? Level.EXCELLENT : i % 10 < 8 ? Level.GOOD : Level.COMPLETED;
                            Score score = level == Level.EXCELLENT ? new Score(28, 64) : level == Level.GOOD ? new Score(25, 55) : new Score(20, 40);
                            r.propose(score, true, 0, level, null, DemoRatings.COMMITTEE.username(), now);
                            r.decide(level, null, DemoRatings.COMMITTEE.username(), now);
                        }
                        i++;
                    }
                    entityManager.flush();
                    entityManager.clear();
                });
            }
            System.out.println("demo-ratings: " + ids.size() + " members in the " + year + " round");
        } catch (RatingException e) {
            System.err.println(e.getMessage());
            exitCode = 1;
        }
    }

    /** "--year 2024" or "--year=2024", as the other commands take their options. */
    static int yearOf(String[] raw) {
        for (int i = 1; i < raw.length; i++) {
            if (raw[i].startsWith("--year=")) {
                return Integer.parseInt(raw[i].substring("--year=".length()));
            }
            if (raw[i].equals("--year") && i + 1 < raw.length) {
                return Integer.parseInt(raw[i + 1]);
            }
        }
        throw new IllegalArgumentException("--year is missing");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
