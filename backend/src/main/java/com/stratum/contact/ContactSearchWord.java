package com.stratum.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A word of a contact's name or email, kept by a database trigger (V25) for search; read only, never written. */
@Entity
@Immutable
@Table(name = "contact_search_word")
@IdClass(ContactSearchWord.Key.class)
public class ContactSearchWord {
    @Id
    public UUID contactId;
    @Id
    public String word;

    /** The composite key Hibernate's {@code @IdClass} needs. */
    public static class Key implements Serializable {
        public UUID contactId;
        public String word;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(contactId, key.contactId) && Objects.equals(word, key.word);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contactId, word);
        }
    }
}
