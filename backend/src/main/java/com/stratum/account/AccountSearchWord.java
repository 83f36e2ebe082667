package com.stratum.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A word of an account's name or domain, with the account's name and archived flag, kept by a database trigger (V50) for search; read
 * only, never written.
 */
@Entity
@Immutable
@Table(name = "account_search_word")
@IdClass(AccountSearchWord.Key.class)
public class AccountSearchWord {
    @Id
    public UUID accountId;
    @Id
    public String word;
    public String name;
    public boolean archived;

    /** The composite key Hibernate's {@code @IdClass} needs. */
    public static class Key implements Serializable {
        public UUID accountId;
        public String word;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(accountId, key.accountId) && Objects.equals(word, key.word);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, word);
        }
    }
}
