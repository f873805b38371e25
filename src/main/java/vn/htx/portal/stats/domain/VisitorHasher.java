package vn.htx.portal.stats.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Identifies visitors without cookies and without keeping their address: SHA-256 of the day's salt,
 * the client address and the User-Agent. The salt is random, changes every day and is shared by all
 * nodes through the database; yesterday's hashes cannot be recomputed from today's.
 */
@Component
public class VisitorHasher {

    private record DaySalt(LocalDate day, byte[] salt) {}

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();
    private final AtomicReference<DaySalt> current = new AtomicReference<>();

    VisitorHasher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String hash(LocalDate day, String clientAddress, String userAgent) {
        byte[] salt = saltFor(day);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update((clientAddress + "\n" + (userAgent == null ? "" : userAgent)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] saltFor(LocalDate day) {
        DaySalt known = current.get();
        if (known != null && known.day().equals(day)) {
            return known.salt();
        }
        byte[] salt = loadOrCreate(day);
        current.set(new DaySalt(day, salt));
        jdbc.update("delete from stats_salt where stat_day < ?", day.minusDays(1));
        return salt;
    }

    private byte[] loadOrCreate(LocalDate day) {
        for (int attempt = 0; attempt < 3; attempt++) {
            var existing = jdbc.queryForList("select salt from stats_salt where stat_day = ?", String.class, day);
            if (!existing.isEmpty()) {
                return HexFormat.of().parseHex(existing.get(0));
            }
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            try {
                jdbc.update(
                        "insert into stats_salt (stat_day, salt) values (?, ?)",
                        day,
                        HexFormat.of().formatHex(fresh));
                return fresh;
            } catch (DataIntegrityViolationException anotherNodeWasFirst) {
                // read the other node's salt on the next turn
            }
        }
        throw new IllegalStateException("could not agree on the visitor salt of " + day);
    }
}
